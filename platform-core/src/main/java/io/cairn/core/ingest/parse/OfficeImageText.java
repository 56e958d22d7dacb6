package io.cairn.core.ingest.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.cairn.core.media.MediaAsset;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a Word or PowerPoint file's pages with the text OCR finds in their pictures:
 * each page's elements are renumbered and followed by a block of ordinals for its
 * pictures' text, so numbering does not depend on OCR (or on where a parse resumed).
 */
final class OfficeImageText {

	private OfficeImageText() {
	}

	static void deliver(Path source, String mediaType, List<Element> parsed, int pageCount, long characters,
			ParseLimits limits, OcrSettings settings, ParseDeadline deadline, int firstPage, PageSink sink) {
		List<OfficeFigures.Picture> pictures = pictures(source, mediaType);
		ImageTextReader reader = new ImageTextReader(settings, deadline);
		// Picture text counts against what the limit leaves after the document's own
		// text.
		ElementAssembler figureText = new ElementAssembler(
				limits.withMaxCharacters(Math.max(1, limits.maxCharacters() - characters)));
		sink.pageCount(pageCount);
		Map<Integer, List<Element>> byPage = new HashMap<>();
		for (Element element : parsed) {
			byPage.computeIfAbsent(element.page(), (page) -> new ArrayList<>()).add(element);
		}
		int ordinal = 0;
		for (int page = 1; page <= pageCount; page++) {
			List<Element> elements = new ArrayList<>();
			List<String> headingPath = List.of();
			for (Element element : byPage.getOrDefault(page, List.of())) {
				elements.add(element.withOrdinal(ordinal++));
				headingPath = element.headingPath();
			}
			ImageTextReader.Page media = reader.page(page, ordinal, headingPath, figureText);
			ordinal += ImageTextReader.ORDINALS_PER_PAGE;
			if (page < firstPage) {
				continue;
			}
			for (OfficeFigures.Picture picture : pictures) {
				if (picture.page() == page) {
					deadline.check();
					BufferedImage image = decode(picture.data(), reader);
					if (image != null) {
						media.figure(image, picture.box());
					}
				}
			}
			elements.addAll(media.elements());
			List<MediaAsset> assets = media.assets();
			sink.page(page, elements, assets);
		}
		reader.budget().notes().forEach(sink::note);
		if (characters + figureText.characters() == 0 && firstPage == 1) {
			throw DocumentRejectedException.noText();
		}
	}

	private static List<OfficeFigures.Picture> pictures(Path source, String mediaType) {
		try {
			return OfficeFigures.of(source, mediaType);
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("its pictures could not be read (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * The picture's pixels, when it is large enough to hold words, small enough to decode
	 * and in a raster format (EMF, WMF and SVG are not).
	 */
	private static @Nullable BufferedImage decode(byte[] data, ImageTextReader reader) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				reader.budget().unreadable();
				return null;
			}
			ImageReader imageReader = readers.next();
			try {
				imageReader.setInput(in, true, true);
				int width = imageReader.getWidth(0);
				int height = imageReader.getHeight(0);
				if (!reader.isFigureSized(width, height) || !reader.isDecodable(width, height)) {
					return null;
				}
				return imageReader.read(0);
			}
			finally {
				imageReader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			reader.budget().unreadable();
			return null;
		}
	}

}
