package io.cairn.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Random;

/**
 * What a paper scanner does to a clean render, for benchmarks: the sheet lies slightly
 * askew, the optics blur, the paper is unevenly lit and the sensor adds noise. Grey
 * images in, grey images out; the same seed gives the same scan.
 *
 * @param maxSkewDegrees largest rotation either way (a feeder rarely exceeds 1 degree)
 * @param blurRadius pixels of box blur on each side (0 for none)
 * @param noiseSigma standard deviation of the sensor noise, in grey levels
 * @param shading how much darker the far corner is than the near one (0 to 1)
 */
public record PaperScan(double maxSkewDegrees, int blurRadius, double noiseSigma, double shading) {

	/** A typical office scan: up to 1 degree askew, slightly soft, noisy and shaded. */
	public static PaperScan office() {
		return new PaperScan(1.0, 1, 10, 0.12);
	}

	/**
	 * A poor scan: up to 2.5 degrees askew, blurred over 5 pixels, very noisy, dark
	 * corner.
	 */
	public static PaperScan poor() {
		return new PaperScan(2.5, 2, 20, 0.25);
	}

	/**
	 * Degrades one page; the angle drawn is within {@link #maxSkewDegrees()} either way.
	 */
	public BufferedImage degrade(BufferedImage page, Random random) {
		double angle = (2 * random.nextDouble() - 1) * this.maxSkewDegrees;
		BufferedImage scan = blur(rotate(grey(page), Math.toRadians(angle)));
		WritableRaster raster = scan.getRaster();
		int width = scan.getWidth();
		int height = scan.getHeight();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double light = 1 - this.shading * (x + y) / (double) (width + height);
				double value = raster.getSample(x, y, 0) * light + random.nextGaussian() * this.noiseSigma;
				raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(value))));
			}
		}
		return scan;
	}

	private static BufferedImage grey(BufferedImage page) {
		if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return page;
		}
		BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = grey.createGraphics();
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return grey;
	}

	private static BufferedImage rotate(BufferedImage page, double radians) {
		BufferedImage rotated = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = rotated.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(radians, page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return rotated;
	}

	private BufferedImage blur(BufferedImage page) {
		if (this.blurRadius == 0) {
			return page;
		}
		int side = 2 * this.blurRadius + 1;
		float[] weights = new float[side * side];
		Arrays.fill(weights, 1f / weights.length);
		BufferedImage blurred = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		new ConvolveOp(new Kernel(side, side, weights), ConvolveOp.EDGE_NO_OP, null).filter(page, blurred);
		return blurred;
	}

}
