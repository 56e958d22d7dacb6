package io.cairn.encoders.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import io.cairn.core.ingest.parse.DocumentRejectedException;

/**
 * The frames of an image file, read one at a time through ImageIO. Sizes come from the
 * headers, so a decompression bomb is refused before any pixel is decoded; a decoder
 * warning (a truncated JPEG decodes "successfully" into grey) makes the file corrupt.
 */
final class ImageFrames implements AutoCloseable {

	private final ImageInputStream input;

	private final ImageReader reader;

	private final List<String> warnings = new ArrayList<>();

	private ImageFrames(ImageInputStream input, ImageReader reader) {
		this.input = input;
		this.reader = reader;
		reader.addIIOReadWarningListener(new Warnings(this.warnings));
		reader.setInput(input, false, true);
	}

	static ImageFrames open(Path file, String format) {
		ImageInputStream input;
		try {
			input = ImageIO.createImageInputStream(file.toFile());
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("the image file could not be opened", ex);
		}
		if (input == null) {
			throw DocumentRejectedException.corrupt("the image file could not be opened", null);
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			closeQuietly(input);
			throw DocumentRejectedException.corrupt("no " + format + " decoder recognises the file's content", null);
		}
		return new ImageFrames(input, readers.next());
	}

	/** The number of frames (TIFF pages), at most {@code limit + 1}. */
	int count(int limit) {
		try {
			int n = this.reader.getNumImages(false);
			if (n >= 0) {
				return n;
			}
			// counting means walking the file; stop just past the limit
			int counted = 0;
			while (counted <= limit && hasFrame(counted)) {
				counted++;
			}
			return counted;
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("the image's frames could not be counted", ex);
		}
	}

	private boolean hasFrame(int index) throws IOException {
		try {
			this.reader.getWidth(index);
			return true;
		}
		catch (IndexOutOfBoundsException ex) {
			return false;
		}
	}

	/** Width and height of a frame, from its header. */
	int[] size(int index) {
		try {
			return new int[] { this.reader.getWidth(index), this.reader.getHeight(index) };
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("the image header of frame " + (index + 1) + " is damaged", ex);
		}
	}

	/** Decodes a frame onto white (transparent parts would otherwise read as black). */
	BufferedImage read(int index) {
		this.warnings.clear();
		BufferedImage decoded;
		try {
			decoded = this.reader.read(index);
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException
				.corrupt("frame " + (index + 1) + " could not be decoded (" + ex.getMessage() + ")", ex);
		}
		if (!this.warnings.isEmpty()) {
			throw DocumentRejectedException
				.corrupt("frame " + (index + 1) + " is incomplete (" + this.warnings.get(0) + ")", null);
		}
		BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			g.drawImage(decoded, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	@Override
	public void close() {
		this.reader.dispose();
		closeQuietly(this.input);
	}

	private static void closeQuietly(ImageInputStream input) {
		try {
			input.close();
		}
		catch (IOException ex) {
			// nothing was written; nothing to lose
		}
	}

	private record Warnings(List<String> warnings) implements IIOReadWarningListener {

		@Override
		public void warningOccurred(ImageReader source, String warning) {
			this.warnings.add(warning);
		}

	}

}
