package io.cairn.encoders.ocr;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;

/**
 * Cuts a text region out of the image as an upright rectangle: the region's top edge
 * becomes the crop's top; tall crops (vertical text or a line turned by 90 degrees) are
 * turned counter-clockwise so the recogniser reads them as a line. Small text is enlarged
 * in the same bicubic step: cropping at the source's size and then scaling up for the
 * recogniser blurs it twice, and the recogniser then drops the spaces between words
 * ("TURBINEOUTPUT" from 30-pixel capitals in a chart).
 */
final class QuadCrop {

	private static final double TALL = 1.5;

	/**
	 * Lines lower than this (pixels) are enlarged to it; a little above the recogniser's
	 * 48 so that its own resize scales down, which keeps letters sharp.
	 */
	static final int MIN_LINE_HEIGHT = 64;

	/** Enlarging stops at this length (pixels), beyond what the recogniser reads. */
	private static final int MAX_LINE_LENGTH = 4096;

	private QuadCrop() {
	}

	static BufferedImage crop(BufferedImage image, TextQuad quad) {
		double shortSide = Math.max(1, Math.min(quad.topLength(), quad.leftLength()));
		double longSide = Math.max(quad.topLength(), quad.leftLength());
		double scale = Math.max(1, Math.min(MIN_LINE_HEIGHT / shortSide, MAX_LINE_LENGTH / longSide));
		int width = Math.max(1, (int) Math.round(quad.topLength() * scale));
		int height = Math.max(1, (int) Math.round(quad.leftLength() * scale));
		double[] x = quad.xs();
		double[] y = quad.ys();
		// target (0,0) -> corner 0, (width,0) -> corner 1, (0,height) -> corner 3
		AffineTransform targetToSource = new AffineTransform((x[1] - x[0]) / width, (y[1] - y[0]) / width,
				(x[3] - x[0]) / height, (y[3] - y[0]) / height, x[0], y[0]);
		BufferedImage out;
		try {
			out = OcrImages.transform(image, targetToSource.createInverse(), width, height,
					RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		}
		catch (NoninvertibleTransformException ex) {
			out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		}
		return ((double) height / width >= TALL) ? OcrImages.rotate90CounterClockwise(out) : out;
	}

}
