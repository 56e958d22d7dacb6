package io.cairn.core.retrieval;

import java.util.List;

/**
 * Approximate nearest-neighbour index of chunk embeddings in one vector space, by cosine
 * similarity. Implemented by pgvector (server mode) and Lucene HNSW (embedded mode); both
 * pass the same contract suite.
 */
public interface VectorIndex extends AutoCloseable {

	/** Dimensions of the vectors this index holds. */
	int dimensions();

	/** Adds or replaces chunks (by id) and makes them searchable. */
	void upsert(List<IndexedChunk> chunks);

	/**
	 * The {@code k} nearest chunks to {@code query}; the score is the cosine similarity.
	 */
	List<Hit> search(float[] query, int k, SearchFilter filter);

	void deleteDocument(long documentId);

	/** Number of chunks held. */
	long count();

	/** Removes everything (before a rebuild). */
	void clear();

	@Override
	void close();

}
