package io.cairn.core.media;

/**
 * A rectangle on a page or image, as fractions of its width and height (0 to 1, origin
 * top left), so that it fits the page image at any resolution.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {

	public Box {
		if (!(x >= 0 && y >= 0 && width >= 0 && height >= 0 && x + width <= 1.000001 && y + height <= 1.000001)) {
			throw new IllegalArgumentException(
					"a box is given in fractions of the page, got " + x + "," + y + " " + width + "x" + height);
		}
	}

	/**
	 * The box of a pixel rectangle on an image of the given size, clipped to the image.
	 */
	public static Box ofPixels(double left, double top, double width, double height, int imageWidth, int imageHeight) {
		double x0 = clamp(left / imageWidth);
		double y0 = clamp(top / imageHeight);
		double x1 = clamp((left + width) / imageWidth);
		double y1 = clamp((top + height) / imageHeight);
		return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
	}

	/** The smallest box that holds both. */
	public Box union(Box other) {
		double x0 = Math.min(this.x, other.x);
		double y0 = Math.min(this.y, other.y);
		double x1 = Math.max(this.x + this.width, other.x + other.width);
		double y1 = Math.max(this.y + this.height, other.y + other.height);
		return new Box(x0, y0, Math.min(1, x1) - x0, Math.min(1, y1) - y0);
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}
