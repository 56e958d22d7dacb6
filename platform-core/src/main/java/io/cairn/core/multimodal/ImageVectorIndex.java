package io.cairn.core.multimodal;

import java.util.List;

/** Image vectors of media assets, searched by a query vector within a collection. */
public interface ImageVectorIndex {

	/** Adds or replaces (by document and asset key) these vectors. */
	void upsert(List<ImageVector> vectors);

	/** Removes every vector of a document. */
	void deleteDocument(long documentId);

	/**
	 * Replaces all of a document's vectors with these (a re-ingest may drop images);
	 * implementations that can should do it atomically.
	 */
	default void replaceDocument(long documentId, List<ImageVector> vectors) {
		deleteDocument(documentId);
		upsert(vectors);
	}

	/**
	 * The {@code k} images of a collection most similar to the query, best first.
	 * @param query unit vector in the image model's space
	 */
	List<ImageHit> search(long collectionId, float[] query, int k);

}
