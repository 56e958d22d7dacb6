package io.cairn.encoders.video;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.TimeSpan;

/** Keyframe thumbnails: scaled-down JPEGs with a difference hash. */
final class Thumbnails {

	private Thumbnails() {
	}

	static BufferedImage scale(BufferedImage image, int maxWidth) {
		int width = Math.min(maxWidth, image.getWidth());
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	static MediaAsset asset(String key, int page, TimeSpan span, BufferedImage thumbnail) {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(thumbnail, "jpg", jpeg)) {
				throw new IllegalStateException("no JPEG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MediaAsset(key, AssetKind.FRAME, page, null, span, "image/jpeg", thumbnail.getWidth(),
				thumbnail.getHeight(), differenceHash(thumbnail), jpeg.toByteArray());
	}

	/** 64-bit dHash: whether each of 8x8 cells is brighter than its right neighbour. */
	static long differenceHash(BufferedImage image) {
		BufferedImage small = scale(image, 9);
		BufferedImage grid = new BufferedImage(9, 8, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = grid.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(small, 0, 0, 9, 8, null);
		}
		finally {
			graphics.dispose();
		}
		long hash = 0;
		for (int y = 0; y < 8; y++) {
			for (int x = 0; x < 8; x++) {
				hash <<= 1;
				if (FrameSignature.luma(grid.getRGB(x, y)) > FrameSignature.luma(grid.getRGB(x + 1, y))) {
					hash |= 1;
				}
			}
		}
		return hash;
	}

}
