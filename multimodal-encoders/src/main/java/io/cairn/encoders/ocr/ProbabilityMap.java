package io.cairn.encoders.ocr;

/**
 * The detector's text probability per pixel of the scaled image.
 *
 * @param values row-major probabilities
 * @param width map width
 * @param height map height
 * @param scaleX map pixels per source image pixel, horizontally
 * @param scaleY map pixels per source image pixel, vertically
 */
record ProbabilityMap(float[] values, int width, int height, double scaleX, double scaleY) {

	float at(int x, int y) {
		return this.values[y * this.width + x];
	}

}
