package io.cairn.core.ingest.parse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

/**
 * OCR for one PDF document's pages: a page without a usable text layer that shows an
 * image is rendered and read whole (a scan); on other pages each embedded figure is read
 * on its own, with its box on the page.
 */
final class PdfPageImages {

	/** A page with fewer non-blank characters than this has no usable text layer. */
	static final int MIN_TEXT_CHARACTERS = 16;

	/** Images covering less of the page than this are no scan of it. */
	private static final double MIN_SCAN_COVERAGE = 0.1;

	/** Figures shown smaller than this (fraction of the page's side) are icons. */
	private static final double MIN_FIGURE_SIDE = 0.03;

	private final PDDocument document;

	private final PDFRenderer renderer;

	private final ImageTextReader reader;

	PdfPageImages(PDDocument document, ImageTextReader reader) {
		this.document = document;
		this.renderer = new PDFRenderer(document);
		this.reader = reader;
	}

	static int textCharacters(List<TextLine> lines) {
		int count = 0;
		for (TextLine line : lines) {
			count += (int) line.text().codePoints().filter((c) -> !Character.isWhitespace(c)).count();
		}
		return count;
	}

	/**
	 * Whether a page is a scan: next to no text layer, and images covering a good part of
	 * it (a blank page is no scan).
	 */
	static boolean isScan(int textCharacters, List<PdfImageFinder.PlacedImage> images) {
		return textCharacters < MIN_TEXT_CHARACTERS && coverage(images) >= MIN_SCAN_COVERAGE;
	}

	/** Same as {@link #isScan(int, List)}, looking for the images only when needed. */
	static boolean isScan(PDPage page, int textCharacters) throws IOException {
		return textCharacters < MIN_TEXT_CHARACTERS && isScan(textCharacters, PdfImageFinder.imagesOf(page));
	}

	/**
	 * Reads the page's images into {@code out}.
	 * @param textCharacters non-blank characters of the page's text layer
	 * @return whether the page was read as a scan
	 */
	boolean read(int pageNumber, int textCharacters, ImageTextReader.Page out) throws IOException {
		PDPage page = this.document.getPage(pageNumber - 1);
		List<PdfImageFinder.PlacedImage> images = PdfImageFinder.imagesOf(page);
		if (isScan(textCharacters, images)) {
			if (!this.reader.budget().takePage()) {
				return false;
			}
			out.scan(render(page, pageNumber));
			return true;
		}
		for (PdfImageFinder.PlacedImage placed : images) {
			if (placed.box().width() < MIN_FIGURE_SIDE || placed.box().height() < MIN_FIGURE_SIDE) {
				continue;
			}
			int width = placed.image().getWidth();
			int height = placed.image().getHeight();
			if (!this.reader.isFigureSized(width, height) || !this.reader.isDecodable(width, height)) {
				continue;
			}
			BufferedImage image = decode(placed);
			if (image != null) {
				out.figure(image, placed.box());
			}
		}
		return false;
	}

	/** The image's pixels; null (and counted) when its format cannot be decoded here. */
	private @Nullable BufferedImage decode(PdfImageFinder.PlacedImage placed) {
		try {
			return placed.image().getImage();
		}
		catch (IOException | RuntimeException ex) {
			this.reader.budget().unreadable();
			return null;
		}
	}

	private static double coverage(List<PdfImageFinder.PlacedImage> images) {
		double area = 0;
		for (PdfImageFinder.PlacedImage placed : images) {
			area += placed.box().width() * placed.box().height();
		}
		return area;
	}

	/**
	 * The page in grey at the configured resolution, or lower to stay under the pixel
	 * cap.
	 */
	private BufferedImage render(PDPage page, int pageNumber) throws IOException {
		PDRectangle crop = page.getCropBox();
		double points = (double) crop.getWidth() * crop.getHeight();
		float scale = this.reader.options().dpi() / 72f;
		double pixels = points * scale * scale;
		if (pixels > this.reader.options().maxPagePixels()) {
			scale = (float) Math.sqrt(this.reader.options().maxPagePixels() / points);
		}
		return this.renderer.renderImage(pageNumber - 1, scale, ImageType.GRAY);
	}

}
