package io.cairn.encoders.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Image operations the OCR stages share: scaling, turning, and conversion to tensors. */
final class OcrImages {

	private OcrImages() {
	}

	/** The image scaled to the given size (bilinear), as RGB. */
	static BufferedImage resize(BufferedImage image, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/**
	 * The image drawn through a transform onto a new RGB image of the given size
	 * (bilinear).
	 */
	static BufferedImage transform(BufferedImage image, AffineTransform sourceToTarget, int width, int height) {
		return transform(image, sourceToTarget, width, height, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
	}

	/** Same, with the given interpolation ({@link RenderingHints#KEY_INTERPOLATION}). */
	static BufferedImage transform(BufferedImage image, AffineTransform sourceToTarget, int width, int height,
			Object interpolation) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			g.drawImage(image, sourceToTarget, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/** The image turned by 180 degrees. */
	static BufferedImage rotate180(BufferedImage image) {
		AffineTransform turn = AffineTransform.getRotateInstance(Math.PI, image.getWidth() / 2.0,
				image.getHeight() / 2.0);
		return transform(image, turn, image.getWidth(), image.getHeight());
	}

	/** The image turned by 90 degrees counter-clockwise (a tall crop becomes a line). */
	static BufferedImage rotate90CounterClockwise(BufferedImage image) {
		AffineTransform turn = new AffineTransform(0, -1, 1, 0, 0, image.getWidth());
		return transform(image, turn, image.getHeight(), image.getWidth());
	}

	/**
	 * Writes the image into one item of an NCHW batch, channels in BGR order (as
	 * PaddleOCR reads images with OpenCV), each value
	 * {@code (v / 255 - mean[c]) / std[c]}; columns beyond the image's width stay 0.
	 * @param image the image, at most {@code width} wide and exactly {@code height} high
	 * @param batch the batch
	 * @param item the item's index in the batch
	 * @param height the tensor height
	 * @param width the tensor width
	 * @param mean per channel (B, G, R)
	 * @param std per channel (B, G, R)
	 */
	static void writeBgr(BufferedImage image, float[] batch, int item, int height, int width, float[] mean,
			float[] std) {
		int w = Math.min(width, image.getWidth());
		int h = Math.min(height, image.getHeight());
		int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
		int plane = height * width;
		int base = item * 3 * plane;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int p = rgb[y * w + x];
				int offset = y * width + x;
				batch[base + offset] = ((p & 0xff) / 255f - mean[0]) / std[0];
				batch[base + plane + offset] = (((p >> 8) & 0xff) / 255f - mean[1]) / std[1];
				batch[base + 2 * plane + offset] = (((p >> 16) & 0xff) / 255f - mean[2]) / std[2];
			}
		}
	}

}
