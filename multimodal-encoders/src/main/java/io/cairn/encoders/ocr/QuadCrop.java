package io.cairn.encoders.ocr;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;

/**
 * Cuts a text region out of the image as an upright rectangle: the region's top edge
 * becomes the crop's top; tall crops (vertical text or a line turned by 90 degrees) are
 * turned counter-clockwise so the recogniser reads them as a line.
 */
final class QuadCrop {

	private static final double TALL = 1.5;

	private QuadCrop() {
	}

	static BufferedImage crop(BufferedImage image, TextQuad quad) {
		int width = Math.max(1, (int) Math.round(quad.topLength()));
		int height = Math.max(1, (int) Math.round(quad.leftLength()));
		double[] x = quad.xs();
		double[] y = quad.ys();
		// target (0,0) -> corner 0, (width,0) -> corner 1, (0,height) -> corner 3
		AffineTransform targetToSource = new AffineTransform((x[1] - x[0]) / width, (y[1] - y[0]) / width,
				(x[3] - x[0]) / height, (y[3] - y[0]) / height, x[0], y[0]);
		BufferedImage out;
		try {
			out = OcrImages.transform(image, targetToSource.createInverse(), width, height);
		}
		catch (NoninvertibleTransformException ex) {
			out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		}
		return ((double) height / width >= TALL) ? OcrImages.rotate90CounterClockwise(out) : out;
	}

}
