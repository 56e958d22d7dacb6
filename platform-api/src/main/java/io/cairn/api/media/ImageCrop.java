package io.cairn.api.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.media.Box;

/** Cuts a region out of an image, given as a box in fractions of the image. */
final class ImageCrop {

	private ImageCrop() {
	}

	/**
	 * Parses {@code x,y,width,height} (fractions 0 to 1, origin top left).
	 * @throws InvalidRequestException if it is not such a box
	 */
	static Box parse(String box) {
		String[] parts = box.split(",", -1);
		if (parts.length != 4) {
			throw invalid(box);
		}
		try {
			return new Box(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
					Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(box);
		}
	}

	/** The region of the image as a PNG; at least one pixel. */
	static EncodedImage crop(EncodedImage image, Box box) {
		BufferedImage decoded = decode(image);
		int x = (int) Math.floor(box.x() * decoded.getWidth());
		int y = (int) Math.floor(box.y() * decoded.getHeight());
		int width = Math.max(1, Math.min(decoded.getWidth() - x, (int) Math.ceil(box.width() * decoded.getWidth())));
		int height = Math.max(1,
				Math.min(decoded.getHeight() - y, (int) Math.ceil(box.height() * decoded.getHeight())));
		x = Math.min(x, decoded.getWidth() - 1);
		y = Math.min(y, decoded.getHeight() - 1);
		return png(decoded.getSubimage(x, y, width, height));
	}

	static EncodedImage png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new EncodedImage("image/png", out.toByteArray());
	}

	private static BufferedImage decode(EncodedImage image) {
		try {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
			if (decoded == null) {
				throw new IllegalStateException("stored image is not " + image.mediaType());
			}
			return decoded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InvalidRequestException invalid(String box) {
		return new InvalidRequestException(String.format(Locale.ROOT,
				"'crop' must be x,y,width,height as fractions of the image (0 to 1, origin top left),"
						+ " e.g. 0.1,0.2,0.5,0.25; got '%s'.",
				box));
	}

}
