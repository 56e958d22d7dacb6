package io.cairn.core.ingest;

import java.util.List;
import java.util.function.Consumer;

import io.cairn.core.document.Document;

/**
 * An optional ingest step between encoding and storing: adjusts chunk vectors with what
 * else the document holds (cross-modal alignment with its images, see
 * {@code io.cairn.core.multimodal.ImageChunkAlignment}).
 */
public interface ChunkAlignment {

	/** Leaves chunks as they are. */
	ChunkAlignment NONE = new ChunkAlignment() {
		@Override
		public List<StoredChunk> align(Document document, List<StoredChunk> chunks, Consumer<String> notes) {
			return chunks;
		}

		@Override
		public void discard(long documentId) {
		}
	};

	/**
	 * @param document the document the chunks belong to
	 * @param chunks its encoded chunks
	 * @param notes takes what could not be done without failing the document
	 * @return the chunks to store, in the same order
	 */
	List<StoredChunk> align(Document document, List<StoredChunk> chunks, Consumer<String> notes);

	/** Forgets what {@link #align} kept for a document (deleted or failed). */
	void discard(long documentId);

}
