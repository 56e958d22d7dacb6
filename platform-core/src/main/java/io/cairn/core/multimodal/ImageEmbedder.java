package io.cairn.core.multimodal;

import java.awt.image.BufferedImage;

/**
 * A CLIP-type model: an image tower and a text tower that map into one shared space, so
 * that a text query can find images. Vectors are L2-normalised. Implementations are
 * thread-safe.
 */
public interface ImageEmbedder {

	/** A name for logs and for the space the vectors live in. */
	String name();

	/** Length of the vectors both towers produce. */
	int dimensions();

	/** The image tower's vector of an image. */
	float[] embedImage(BufferedImage image);

	/** The text tower's vector of a text (for searching images by text). */
	float[] embedText(String text);

}
