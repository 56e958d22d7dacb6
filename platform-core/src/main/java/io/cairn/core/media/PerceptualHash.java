package io.cairn.core.media;

import java.awt.image.BufferedImage;

/**
 * A 64-bit difference hash (dHash): the image shrunk to 9x8 grey pixels, one bit per pair
 * of horizontal neighbours (left brighter than right). Re-encoded, rescaled or slightly
 * recoloured copies of an image (a logo on every page) hash within a few bits of each
 * other. The hash sees only changes of brightness, so two flat pictures of different
 * colours hash alike: {@link #meanColour} tells those apart.
 */
public final class PerceptualHash {

	/** Hashes at most this many bits apart are treated as the same image. */
	public static final int SAME_IMAGE_DISTANCE = 4;

	/**
	 * Mean colours at most this far apart in every channel are the same colour, give or
	 * take compression and a slight recolouring.
	 */
	public static final int SAME_COLOUR_DISTANCE = 24;

	private static final double NOISE = 1.5;

	private static final int SAMPLES = 256;

	private static final int WIDTH = 9;

	private static final int HEIGHT = 8;

	private PerceptualHash() {
	}

	public static long dHash(BufferedImage image) {
		double[] grey = shrink(image);
		long hash = 0;
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH - 1; x++) {
				hash <<= 1;
				// A margin keeps near-flat areas (paper, background) from flipping bits
				// with compression noise.
				if (grey[y * WIDTH + x] > grey[y * WIDTH + x + 1] + NOISE) {
					hash |= 1;
				}
			}
		}
		return hash;
	}

	/**
	 * Mean grey level of each of the 9x8 cells, from at most about 256x256 samples so
	 * that a huge image hashes as fast as a small one.
	 */
	private static double[] shrink(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int stepX = Math.max(1, w / SAMPLES);
		int stepY = Math.max(1, h / SAMPLES);
		double[] sum = new double[WIDTH * HEIGHT];
		int[] count = new int[WIDTH * HEIGHT];
		for (int y = 0; y < h; y += stepY) {
			int cellY = Math.min(HEIGHT - 1, (int) ((long) y * HEIGHT / h));
			for (int x = 0; x < w; x += stepX) {
				int cell = cellY * WIDTH + Math.min(WIDTH - 1, (int) ((long) x * WIDTH / w));
				sum[cell] += grey(image.getRGB(x, y));
				count[cell]++;
			}
		}
		for (int i = 0; i < sum.length; i++) {
			sum[i] = (count[i] > 0) ? sum[i] / count[i] : 255;
		}
		return sum;
	}

	/**
	 * The mean colour as {@code 0xRRGGBB}, transparent pixels counted as white, from at
	 * most about 256x256 samples.
	 */
	public static int meanColour(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int stepX = Math.max(1, w / SAMPLES);
		int stepY = Math.max(1, h / SAMPLES);
		double[] sum = new double[3];
		long count = 0;
		for (int y = 0; y < h; y += stepY) {
			for (int x = 0; x < w; x += stepX) {
				int argb = image.getRGB(x, y);
				double alpha = ((argb >>> 24) & 0xff) / 255.0;
				for (int channel = 0; channel < 3; channel++) {
					sum[channel] += alpha * ((argb >> (16 - 8 * channel)) & 0xff) + (1 - alpha) * 255;
				}
				count++;
			}
		}
		int colour = 0;
		for (int channel = 0; channel < 3; channel++) {
			colour = (colour << 8) | (int) Math.round(sum[channel] / Math.max(1, count));
		}
		return colour;
	}

	/** Whether two mean colours are the same, give or take re-encoding. */
	public static boolean sameColour(int a, int b) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > SAME_COLOUR_DISTANCE) {
				return false;
			}
		}
		return true;
	}

	/** Luma, with transparent pixels counted as white, as they show on a page. */
	private static double grey(int argb) {
		double alpha = ((argb >>> 24) & 0xff) / 255.0;
		double luma = 0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff);
		return alpha * luma + (1 - alpha) * 255;
	}

	/** The number of bits in which two hashes differ. */
	public static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	/** Whether two hashes are of the same image, give or take re-encoding. */
	public static boolean similar(long a, long b) {
		return distance(a, b) <= SAME_IMAGE_DISTANCE;
	}

}
