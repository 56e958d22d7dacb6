package io.cairn.core.ingest;

import java.util.List;
import java.util.Map;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.media.SourceLocation;

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
 * @param location page regions, images and time span the chunk was read from
 */
public record StoredChunk(String id, long documentId, long collectionId, int ordinal, String text, int tokenCount,
		int pageStart, int pageEnd, List<String> headingPath, ChunkContentKind kind, Map<String, String> metadata,
		float[] embedding, SourceLocation location) {

	/** A chunk whose position within its pages is not known. */
	public StoredChunk(String id, long documentId, long collectionId, int ordinal, String text, int tokenCount,
			int pageStart, int pageEnd, List<String> headingPath, ChunkContentKind kind, Map<String, String> metadata,
			float[] embedding) {
		this(id, documentId, collectionId, ordinal, text, tokenCount, pageStart, pageEnd, headingPath, kind, metadata,
				embedding, SourceLocation.NONE);
	}

	/**
	 * The same chunk with another vector (cross-modal alignment fuses image vectors in).
	 */
	public StoredChunk withEmbedding(float[] vector) {
		return new StoredChunk(this.id, this.documentId, this.collectionId, this.ordinal, this.text, this.tokenCount,
				this.pageStart, this.pageEnd, this.headingPath, this.kind, this.metadata, vector, this.location);
	}

}
