package io.cairn.core.media;

/**
 * One line of text found in an image by a {@link TextRecognizer}.
 *
 * @param text the line's text
 * @param left left edge of the line's axis-aligned bounds, in pixels
 * @param top top edge, in pixels
 * @param width width, in pixels
 * @param height height, in pixels
 * @param confidence the recognizer's confidence, 0 to 1
 */
public record RecognizedLine(String text, int left, int top, int width, int height, float confidence) {

	/** The line's bounds as a {@link Box} on an image of the given size. */
	public Box box(int imageWidth, int imageHeight) {
		return Box.ofPixels(this.left, this.top, this.width, this.height, imageWidth, imageHeight);
	}

}
