package io.cairn.encoders.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;

/**
 * The page image kept with an image document: photos (JPEG sources) as JPEG, everything
 * else as PNG, scaled down when larger than a citation preview needs.
 */
final class PageAssets {

	/** Longest side of a stored page image. */
	static final int MAX_SIDE = 2048;

	private PageAssets() {
	}

	static String key(int page) {
		return "page-" + page;
	}

	static MediaAsset of(BufferedImage page, int pageNumber, boolean photo) {
		BufferedImage image = fitWithin(page);
		String format = photo ? "jpeg" : "png";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// no perceptual hash helper exists yet; 0 means "not computed"
		return new MediaAsset(key(pageNumber), AssetKind.PAGE_IMAGE, pageNumber, null, null, "image/" + format,
				image.getWidth(), image.getHeight(), 0L, out.toByteArray());
	}

	private static BufferedImage fitWithin(BufferedImage image) {
		double scale = (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight());
		if (scale >= 1) {
			return image;
		}
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

}
