package io.cairn.encoders.ocr;

/**
 * A detected text region: four corners in source image pixels, clockwise from top left.
 *
 * @param xs corner x coordinates
 * @param ys corner y coordinates
 * @param score the detector's mean probability over the region
 */
record TextQuad(double[] xs, double[] ys, float score) {

	double left() {
		return Math.min(Math.min(this.xs[0], this.xs[1]), Math.min(this.xs[2], this.xs[3]));
	}

	double right() {
		return Math.max(Math.max(this.xs[0], this.xs[1]), Math.max(this.xs[2], this.xs[3]));
	}

	double top() {
		return Math.min(Math.min(this.ys[0], this.ys[1]), Math.min(this.ys[2], this.ys[3]));
	}

	double bottom() {
		return Math.max(Math.max(this.ys[0], this.ys[1]), Math.max(this.ys[2], this.ys[3]));
	}

	/** Length of the top edge. */
	double topLength() {
		return Math.hypot(this.xs[1] - this.xs[0], this.ys[1] - this.ys[0]);
	}

	/** Length of the left edge. */
	double leftLength() {
		return Math.hypot(this.xs[3] - this.xs[0], this.ys[3] - this.ys[0]);
	}

}
