package io.cairn.encoders.video;

import java.awt.image.BufferedImage;

/**
 * A frame reduced to a small grid of mean colours, enough to tell one scene (or slide)
 * from the next while ignoring compression noise. Colour, not just brightness: two slide
 * backgrounds can be equally bright.
 */
final class FrameSignature {

	static final int COLUMNS = 64;

	static final int ROWS = 36;

	/** Change of a colour channel (0..1) that counts a cell as changed. */
	private static final float CELL_DELTA = 0.08f;

	/** Pixels sampled per cell side; enough for a stable mean, cheap on large frames. */
	private static final int SAMPLES = 4;

	/** Red, green and blue means per cell. */
	private final float[] cells;

	private FrameSignature(float[] cells) {
		this.cells = cells;
	}

	static FrameSignature of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		float[] cells = new float[COLUMNS * ROWS * 3];
		float scale = 255f * SAMPLES * SAMPLES;
		for (int row = 0; row < ROWS; row++) {
			for (int column = 0; column < COLUMNS; column++) {
				int red = 0;
				int green = 0;
				int blue = 0;
				for (int sy = 0; sy < SAMPLES; sy++) {
					int y = Math.min(height - 1, (int) ((row + (sy + 0.5) / SAMPLES) * height / ROWS));
					for (int sx = 0; sx < SAMPLES; sx++) {
						int x = Math.min(width - 1, (int) ((column + (sx + 0.5) / SAMPLES) * width / COLUMNS));
						int rgb = image.getRGB(x, y);
						red += (rgb >> 16) & 0xff;
						green += (rgb >> 8) & 0xff;
						blue += rgb & 0xff;
					}
				}
				int cell = (row * COLUMNS + column) * 3;
				cells[cell] = red / scale;
				cells[cell + 1] = green / scale;
				cells[cell + 2] = blue / scale;
			}
		}
		return new FrameSignature(cells);
	}

	/**
	 * Share of cells (0..1) in which some colour channel changed by more than a little.
	 */
	double changedFraction(FrameSignature other) {
		int changed = 0;
		for (int i = 0; i < this.cells.length; i += 3) {
			float delta = Math.max(Math.abs(this.cells[i] - other.cells[i]),
					Math.max(Math.abs(this.cells[i + 1] - other.cells[i + 1]),
							Math.abs(this.cells[i + 2] - other.cells[i + 2])));
			if (delta > CELL_DELTA) {
				changed++;
			}
		}
		return changed / (double) (COLUMNS * ROWS);
	}

	static float luma(int rgb) {
		return (0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
	}

}
