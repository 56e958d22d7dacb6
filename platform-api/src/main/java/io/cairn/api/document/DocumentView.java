package io.cairn.api.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cairn.core.document.Document;
import org.jspecify.annotations.Nullable;

/**
 * A document as the API shows it.
 *
 * @param id id
 * @param title title
 * @param fileName original file name
 * @param mediaType detected media type
 * @param byteSize size in bytes
 * @param sha256 content digest
 * @param status QUEUED, PROCESSING, READY or FAILED
 * @param profile chunking profile
 * @param pages pages parsed
 * @param chunks chunks indexed
 * @param metadata user metadata
 * @param error why it failed
 * @param createdAt upload time
 * @param updatedAt last change
 * @param notes what the ingest could not do without failing
 */
public record DocumentView(long id, String title, String fileName, String mediaType, long byteSize, String sha256,
		String status, String profile, int pages, int chunks, Map<String, String> metadata, @Nullable String error,
		Instant createdAt, Instant updatedAt, List<String> notes) {

	static DocumentView of(Document document) {
		return new DocumentView(document.id(), document.title(), document.fileName(), document.mediaType(),
				document.byteSize(), document.sha256(), document.status().name(), document.profile(),
				document.pageCount(), document.chunkCount(), document.metadata(), document.error(),
				document.createdAt(), document.updatedAt(), document.notes());
	}

}
