package io.cairn.encoders.video;

import java.awt.image.BufferedImage;

/**
 * A frame reduced to a small grid of mean brightness values, enough to tell one scene (or
 * slide) from the next while ignoring compression noise.
 */
final class FrameSignature {

	static final int COLUMNS = 64;

	static final int ROWS = 36;

	/** Brightness change (0..1) that counts a cell as changed. */
	private static final float CELL_DELTA = 0.08f;

	/** Pixels sampled per cell side; enough for a stable mean, cheap on large frames. */
	private static final int SAMPLES = 4;

	private final float[] cells;

	private FrameSignature(float[] cells) {
		this.cells = cells;
	}

	static FrameSignature of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		float[] cells = new float[COLUMNS * ROWS];
		for (int row = 0; row < ROWS; row++) {
			for (int column = 0; column < COLUMNS; column++) {
				float sum = 0;
				for (int sy = 0; sy < SAMPLES; sy++) {
					int y = Math.min(height - 1, (int) ((row + (sy + 0.5) / SAMPLES) * height / ROWS));
					for (int sx = 0; sx < SAMPLES; sx++) {
						int x = Math.min(width - 1, (int) ((column + (sx + 0.5) / SAMPLES) * width / COLUMNS));
						sum += luma(image.getRGB(x, y));
					}
				}
				cells[row * COLUMNS + column] = sum / (SAMPLES * SAMPLES);
			}
		}
		return new FrameSignature(cells);
	}

	/** Share of cells (0..1) whose brightness differs by more than a small delta. */
	double changedFraction(FrameSignature other) {
		int changed = 0;
		for (int i = 0; i < this.cells.length; i++) {
			if (Math.abs(this.cells[i] - other.cells[i]) > CELL_DELTA) {
				changed++;
			}
		}
		return (double) changed / this.cells.length;
	}

	static float luma(int rgb) {
		return (0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
	}

}
