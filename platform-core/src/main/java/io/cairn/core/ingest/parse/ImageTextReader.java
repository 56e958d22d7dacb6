package io.cairn.core.ingest.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.PerceptualHash;
import io.cairn.core.media.RecognizedLine;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a document's scanned pages and figures with OCR, within the
 * document's {@link OcrBudget}, and keeps each image read as a {@link MediaAsset}. A
 * figure that looks like one already seen in the document (a logo on every page) is read
 * once. Not thread-safe; one per parse.
 */
final class ImageTextReader {

	/**
	 * Ordinals set aside per page for elements read from its images; a page yields at
	 * most this many.
	 */
	static final int ORDINALS_PER_PAGE = 1024;

	private final OcrSettings options;

	private final OcrBudget budget;

	private record Seen(long hash, double aspect, int colour) {
	}

	private final List<Seen> seen = new ArrayList<>();

	ImageTextReader(OcrSettings options, ParseDeadline deadline) {
		this.options = options;
		this.budget = new OcrBudget(options, deadline);
	}

	OcrSettings options() {
		return this.options;
	}

	OcrBudget budget() {
		return this.budget;
	}

	/**
	 * Whether an embedded image of this size is worth reading (not an icon or a rule).
	 */
	boolean isFigureSized(int width, int height) {
		return width >= this.options.minFigureSide() && height >= this.options.minFigureSide()
				&& (long) width * height >= this.options.minFigureArea();
	}

	/** Whether an embedded image of this size may be decoded at all. */
	boolean isDecodable(int width, int height) {
		if ((long) width * height <= this.options.maxImagePixels()) {
			return true;
		}
		this.budget.oversized();
		return false;
	}

	/**
	 * The images of one page and the text read from them, numbered in a block of ordinals
	 * set aside in the assembler's numbering.
	 */
	Page page(int page, ElementAssembler assembler) {
		return new Page(page, assembler, assembler.reserve(ORDINALS_PER_PAGE), null);
	}

	/**
	 * Same, numbered from {@code firstOrdinal} by the caller, under the given heading
	 * path; {@code counter} enforces the character limit.
	 */
	Page page(int page, int firstOrdinal, List<String> headingPath, ElementAssembler counter) {
		return new Page(page, counter, firstOrdinal, headingPath);
	}

	final class Page {

		private final int number;

		private final ElementAssembler assembler;

		private final int firstOrdinal;

		private final List<Element> elements = new ArrayList<>();

		private final List<MediaAsset> assets = new ArrayList<>();

		private final @Nullable List<String> headingPath;

		private int figures;

		private Page(int number, ElementAssembler assembler, int firstOrdinal, @Nullable List<String> headingPath) {
			this.number = number;
			this.assembler = assembler;
			this.firstOrdinal = firstOrdinal;
			this.headingPath = headingPath;
		}

		/**
		 * Reads a whole scanned page; each paragraph becomes an element with its box on
		 * the page. The caller has taken the page from the {@link OcrBudget}.
		 */
		void scan(BufferedImage image) {
			String key = "page-" + this.number;
			List<RecognizedLine> lines = recognize(image);
			for (OcrParagraphs.Paragraph paragraph : OcrParagraphs.group(lines, image.getWidth(), image.getHeight())) {
				add(paragraph.text(), paragraph.box(), key);
			}
			this.assets.add(asset(key, AssetKind.PAGE_IMAGE, null, image, "image/jpeg", PerceptualHash.dHash(image)));
		}

		/**
		 * Reads an embedded image; its paragraphs become elements with the figure's box
		 * on the page. Repeats of an image seen before in the document are skipped. A
		 * figure without text is kept (uncited, but seen by image search and alignment)
		 * only when the settings ask for it.
		 * @param box where the figure sits on the page, when known
		 */
		void figure(BufferedImage image, @Nullable Box box) {
			long hash = PerceptualHash.dHash(image);
			if (!firstSighting(hash, (double) image.getWidth() / image.getHeight(), PerceptualHash.meanColour(image))) {
				ImageTextReader.this.budget.duplicate();
				return;
			}
			if (!ImageTextReader.this.budget.takeFigure()) {
				return;
			}
			String key = "fig-" + this.number + "-" + (++this.figures);
			List<RecognizedLine> lines = recognize(image);
			List<OcrParagraphs.Paragraph> paragraphs = OcrParagraphs.group(lines, image.getWidth(), image.getHeight());
			if (paragraphs.isEmpty() && !ImageTextReader.this.options.keepWordlessFigures()) {
				// Without an image model a picture without words adds nothing to search.
				return;
			}
			for (OcrParagraphs.Paragraph paragraph : paragraphs) {
				add(paragraph.text(), box, key);
			}
			this.assets.add(asset(key, AssetKind.FIGURE, box, image, "image/png", hash));
		}

		List<Element> elements() {
			return List.copyOf(this.elements);
		}

		List<MediaAsset> assets() {
			return List.copyOf(this.assets);
		}

		private void add(String text, @Nullable Box box, String key) {
			if (this.elements.size() < ORDINALS_PER_PAGE) {
				int ordinal = this.firstOrdinal + this.elements.size();
				this.elements.add(this.assembler.imageText(ordinal, text, this.number, box, key, this.headingPath));
			}
		}

		private MediaAsset asset(String key, AssetKind kind, @Nullable Box box, BufferedImage image, String mediaType,
				long hash) {
			return new MediaAsset(key, kind, this.number, box, null, mediaType, image.getWidth(), image.getHeight(),
					hash, encode(image, mediaType));
		}

	}

	/** Same hash within a few bits, the same shape and colour: the same picture. */
	private boolean firstSighting(long hash, double aspect, int colour) {
		for (Seen known : this.seen) {
			if (PerceptualHash.similar(known.hash(), hash) && Math.abs(known.aspect() / aspect - 1) < 0.05
					&& PerceptualHash.sameColour(known.colour(), colour)) {
				return false;
			}
		}
		this.seen.add(new Seen(hash, aspect, colour));
		return true;
	}

	private List<RecognizedLine> recognize(BufferedImage image) {
		return this.options.recognizer().recognize(image);
	}

	private static byte[] encode(BufferedImage image, String mediaType) {
		BufferedImage opaque = image;
		if (mediaType.equals("image/jpeg") && image.getColorModel().hasAlpha()) {
			opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			var graphics = opaque.createGraphics();
			graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(opaque, mediaType.equals("image/jpeg") ? "jpeg" : "png", out)) {
				throw new IllegalStateException("no image writer for " + mediaType);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
