package io.cairn.encoders.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import org.jspecify.annotations.Nullable;

/**
 * Image files as documents: every frame (TIFF page) is a page whose image is kept as a
 * {@link io.cairn.core.media.AssetKind#PAGE_IMAGE} asset and whose text, read by OCR,
 * becomes {@link io.cairn.core.ingest.parse.ElementKind#IMAGE_TEXT} paragraphs with
 * boxes. Frame sizes are checked against {@code maxPixels} from the headers, before
 * decoding. An image without recognisable text ends like any document without text
 * ({@link RejectionReason#NO_TEXT}), with a note that says why, unless wordless images
 * are kept: then it is stored with its page images and no text, for image search.
 * Thread-safe.
 */
public final class ImageDocumentParser implements DocumentParser {

	/**
	 * Ordinals are numbered per page, so a resumed parse need not OCR the pages before.
	 */
	static final int ORDINALS_PER_PAGE = 10_000;

	private static final Map<String, String> FORMATS = Map.of(SupportedMediaTypes.PNG, "PNG", SupportedMediaTypes.JPEG,
			"JPEG", SupportedMediaTypes.TIFF, "TIFF", SupportedMediaTypes.WEBP, "WebP", SupportedMediaTypes.BMP, "BMP");

	private final @Nullable TextRecognizer recognizer;

	private final long maxPixels;

	private final boolean keepWordless;

	/**
	 * An image parser that rejects images without text.
	 * @param recognizer reads the text; {@code null} when OCR is disabled
	 * @param maxPixels most pixels (width times height) one frame may have
	 */
	public ImageDocumentParser(@Nullable TextRecognizer recognizer, long maxPixels) {
		this(recognizer, maxPixels, false);
	}

	/**
	 * @param recognizer reads the text; {@code null} when OCR is disabled (images are
	 * then kept without text)
	 * @param maxPixels most pixels (width times height) one frame may have
	 * @param keepWordless whether an image without text is kept (for image search, when
	 * an image model is configured) rather than rejected as {@code NO_TEXT}
	 */
	public ImageDocumentParser(@Nullable TextRecognizer recognizer, long maxPixels, boolean keepWordless) {
		if (maxPixels < 1) {
			throw new IllegalArgumentException("maxPixels must be positive, was " + maxPixels);
		}
		this.recognizer = recognizer;
		this.maxPixels = maxPixels;
		this.keepWordless = keepWordless;
	}

	@Override
	public boolean supports(String mediaType) {
		return FORMATS.containsKey(mediaType);
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		String format = FORMATS.get(mediaType);
		if (format == null) {
			throw DocumentRejectedException.unsupported(mediaType, SupportedMediaTypes.ALL);
		}
		if (!ImageIO.getImageReadersByMIMEType(mediaType).hasNext()) {
			throw new DocumentRejectedException(RejectionReason.UNSUPPORTED_MEDIA_TYPE, "No " + format
					+ " decoder is installed in this Cairn build. Convert the image to PNG or JPEG and upload it again.");
		}
		checkSize(source, limits);
		long deadline = System.nanoTime() + limits.maxParseTime().toNanos();
		try (ImageFrames frames = ImageFrames.open(source, format)) {
			int pages = frames.count(limits.maxPages());
			if (pages > limits.maxPages()) {
				throw DocumentRejectedException.tooManyPages(pages, limits.maxPages());
			}
			if (pages == 0) {
				throw DocumentRejectedException.corrupt("the " + format + " file holds no image", null);
			}
			for (int i = 0; i < pages; i++) {
				checkPixels(frames.size(i), i, pages);
			}
			sink.pageCount(pages);
			boolean text = false;
			long characters = 0;
			for (int page = firstPage; page <= pages; page++) {
				if (System.nanoTime() - deadline >= 0) {
					throw DocumentRejectedException.timeout(limits.maxParseTime());
				}
				List<Element> elements = parsePage(frames, page, mediaType, sink);
				for (Element element : elements) {
					characters += element.text().length();
				}
				if (characters > limits.maxCharacters()) {
					throw DocumentRejectedException.tooManyCharacters(limits.maxCharacters());
				}
				text |= !elements.isEmpty();
			}
			if (this.recognizer == null) {
				sink.note("OCR is disabled (cairn.ocr.enabled=false): the image was stored, its text was not read.");
			}
			else if (!text && firstPage == 1) {
				sink.note("OCR (" + this.recognizer.name() + ") found no text in the image."
						+ (this.keepWordless ? " It is kept for image search only." : ""));
			}
			if (!text && firstPage == 1 && !this.keepWordless) {
				throw DocumentRejectedException.noText();
			}
		}
	}

	private List<Element> parsePage(ImageFrames frames, int page, String mediaType, PageSink sink) {
		BufferedImage image = frames.read(page - 1);
		MediaAsset asset = PageAssets.of(image, page, mediaType.equals(SupportedMediaTypes.JPEG));
		List<RecognizedLine> lines = (this.recognizer != null) ? this.recognizer.recognize(image) : List.of();
		List<Element> elements = TextBlocks.elements(lines, image.getWidth(), image.getHeight(), page,
				(page - 1) * ORDINALS_PER_PAGE, asset.key());
		sink.page(page, elements, List.of(asset));
		return elements;
	}

	private void checkPixels(int[] size, int index, int pages) {
		long pixels = (long) size[0] * size[1];
		if (pixels > this.maxPixels) {
			String frame = (pages > 1) ? "page " + (index + 1) + " is an image of " : "an image of ";
			throw DocumentRejectedException.archiveBomb(frame + size[0] + " x " + size[1]
					+ " pixels, over the limit of " + this.maxPixels + " pixels (cairn.ocr.max-pixels)");
		}
	}

	private static void checkSize(Path source, ParseLimits limits) {
		try {
			long bytes = Files.size(source);
			if (bytes == 0) {
				throw DocumentRejectedException.empty();
			}
			if (bytes > limits.maxBytes()) {
				throw DocumentRejectedException.tooLarge(bytes, limits.maxBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + source, ex);
		}
	}

}
