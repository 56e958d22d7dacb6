package io.cairn.core.multimodal;

import java.util.List;

import io.cairn.core.InvalidRequestException;

/**
 * Text-to-image search: the query goes through the image model's text tower and is
 * compared with the images' vectors in the image model's own space (no projection, so the
 * shared CLIP space is used as trained).
 */
public final class ImageSearch {

	/** Most hits one search returns. */
	public static final int MAX_K = 100;

	/** Longest query accepted, in characters. */
	public static final int MAX_QUERY_CHARS = 2_000;

	private final ImageEmbedder embedder;

	private final ImageVectorIndex index;

	public ImageSearch(ImageEmbedder embedder, ImageVectorIndex index) {
		this.embedder = embedder;
		this.index = index;
	}

	/**
	 * @param collectionId the collection to search
	 * @param query what the image should show
	 * @param k how many hits, 1 to {@link #MAX_K}
	 * @return the best matching images, best first
	 */
	public List<ImageHit> searchImages(long collectionId, String query, int k) {
		if (query.isBlank()) {
			throw new InvalidRequestException("The image search query is empty");
		}
		if (query.length() > MAX_QUERY_CHARS) {
			throw new InvalidRequestException(
					"The image search query has " + query.length() + " characters; at most " + MAX_QUERY_CHARS);
		}
		if (k < 1 || k > MAX_K) {
			throw new InvalidRequestException("k must be between 1 and " + MAX_K + ", was " + k);
		}
		return this.index.search(collectionId, this.embedder.embedText(query), k);
	}

}
