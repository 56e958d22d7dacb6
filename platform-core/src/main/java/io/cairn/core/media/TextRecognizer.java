package io.cairn.core.media;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads text out of an image (OCR). Implementations are thread-safe.
 */
public interface TextRecognizer {

	/** A short name for logs and document metadata, such as {@code pp-ocrv4}. */
	String name();

	/**
	 * The lines of text in the image, in reading order (top to bottom, then left to right
	 * within a row; columns are read one after the other).
	 * @param image any size; implementations scale it as their model needs
	 * @return the lines found; empty when the image holds no text
	 */
	List<RecognizedLine> recognize(BufferedImage image);

}
