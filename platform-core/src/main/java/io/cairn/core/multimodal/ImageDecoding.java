package io.cairn.core.multimodal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a stored image after checking its pixel count from the header, so that a
 * hostile image cannot exhaust memory.
 */
public final class ImageDecoding {

	private ImageDecoding() {
	}

	/**
	 * @param bytes an encoded PNG or JPEG
	 * @param maxPixels most pixels (width x height) accepted
	 * @return the decoded image
	 * @throws IOException when it is not a readable image or is too large
	 */
	public static BufferedImage decode(byte[] bytes, long maxPixels) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw new IOException("not an image format this JVM can read");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > maxPixels) {
					throw new IOException(reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels is more than the "
							+ maxPixels + " allowed");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

}
