package io.cairn.core.ingest;

import java.util.List;
import java.util.Map;

import io.cairn.core.chunking.ChunkContentKind;

/**
 * A chunk as kept in the catalog, the system of record from which every index can be
 * rebuilt.
 *
 * @param id deterministic id (document id, ordinal, content hash)
 * @param documentId owning document
 * @param collectionId owning collection
 * @param ordinal position in the document
 * @param text the text that was embedded and keyword-indexed
 * @param tokenCount tokens of {@code text} in the encoder's tokenizer
 * @param pageStart first page covered
 * @param pageEnd last page covered
 * @param headingPath headings above the chunk, outermost first
 * @param kind text or table
 * @param metadata document metadata copied for filtering
 * @param embedding the encoder's vector of {@code text}
 */
public record StoredChunk(String id, long documentId, long collectionId, int ordinal, String text, int tokenCount,
		int pageStart, int pageEnd, List<String> headingPath, ChunkContentKind kind, Map<String, String> metadata,
		float[] embedding) {
}
