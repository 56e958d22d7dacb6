package io.cairn.core.retrieval;

import java.util.Map;

import io.cairn.core.collection.Language;
import io.cairn.core.ingest.StoredChunk;

/**
 * What an index needs of a chunk.
 *
 * @param chunkId chunk id
 * @param collectionId owning collection (filter)
 * @param documentId owning document (filter, delete)
 * @param language picks the keyword analyzer
 * @param text keyword-indexed text
 * @param metadata exact-match filter fields
 * @param vector embedding (unit length)
 */
public record IndexedChunk(String chunkId, long collectionId, long documentId, Language language, String text,
		Map<String, String> metadata, float[] vector) {

	public static IndexedChunk of(StoredChunk chunk, Language language) {
		return new IndexedChunk(chunk.id(), chunk.collectionId(), chunk.documentId(), language, chunk.text(),
				chunk.metadata(), chunk.embedding());
	}

}
