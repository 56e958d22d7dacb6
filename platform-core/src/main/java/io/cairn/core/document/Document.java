package io.cairn.core.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One uploaded file.
 *
 * @param id database id
 * @param collectionId owning collection
 * @param title title (the file name unless the user gave one)
 * @param fileName original file name
 * @param mediaType detected media type
 * @param byteSize size of the original bytes
 * @param sha256 hex digest of the bytes; unique within a collection
 * @param status lifecycle state
 * @param profile chunking profile used
 * @param pageCount pages found by the parser (1 for formats without pages), 0 before
 * parsing
 * @param chunkCount chunks stored and indexed, 0 before indexing
 * @param metadata user metadata, usable as search filters
 * @param error why the document failed, if it did
 * @param createdAt creation time
 * @param updatedAt last change
 * @param notes what the ingest could not do but did not fail on, in plain words ("no
 * speech recognizer is installed: the audio track was not transcribed")
 */
public record Document(long id, long collectionId, String title, String fileName, String mediaType, long byteSize,
		String sha256, DocumentStatus status, String profile, int pageCount, int chunkCount,
		Map<String, String> metadata, @Nullable String error, Instant createdAt, Instant updatedAt,
		List<String> notes) {

	public Document {
		notes = List.copyOf(notes);
	}

}
