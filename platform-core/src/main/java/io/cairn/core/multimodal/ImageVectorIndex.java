package io.cairn.core.multimodal;

import java.util.List;

/** Image vectors of media assets, searched by a query vector within a collection. */
public interface ImageVectorIndex {

	/** Adds or replaces (by document and asset key) these vectors. */
	void upsert(List<ImageVector> vectors);

	/** Removes every vector of a document. */
	void deleteDocument(long documentId);

	/**
	 * The {@code k} images of a collection most similar to the query, best first.
	 * @param query unit vector in the image model's space
	 */
	List<ImageHit> search(long collectionId, float[] query, int k);

}
