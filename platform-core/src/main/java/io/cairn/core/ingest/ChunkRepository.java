package io.cairn.core.ingest;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Chunks in the catalog. */
public interface ChunkRepository {

	/**
	 * Replaces the chunks of a document with {@code chunks} in one transaction
	 * (idempotent: a retried ingest writes the same ids).
	 */
	void replaceForDocument(long documentId, List<StoredChunk> chunks);

	/** Chunks by id, in no particular order; unknown ids are skipped. */
	List<StoredChunk> findByIds(Collection<String> ids);

	List<StoredChunk> findByDocument(long documentId);

	long countByDocument(long documentId);

	/** Number of chunks of READY documents, the number every index must hold. */
	long countIndexable();

	/** Streams the chunks of READY documents in batches, to rebuild a derived index. */
	void forEachIndexable(int batchSize, Consumer<List<StoredChunk>> batch);

}
