package io.cairn.core.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import io.cairn.core.job.IngestJob;

/** Catalog of documents and their original bytes. */
public interface DocumentRepository {

	/**
	 * Stores the document, its bytes, its sidecar (if any) and a queued ingest job in one
	 * transaction.
	 * @throws io.cairn.core.document.DuplicateDocumentException if the collection already
	 * holds the same bytes (also when a concurrent upload of the same bytes won the race)
	 */
	StoredUpload insertWithJob(NewDocument document);

	Optional<Document> findById(long id);

	Optional<Document> findBySha256(long collectionId, String sha256);

	List<Document> findByCollection(long collectionId);

	/** The subtitle file stored with a video, if one came with it. */
	Optional<Sidecar> findSidecar(long documentId);

	/** Opens the original bytes. */
	InputStream openContent(long documentId);

	void markProcessing(long documentId);

	void markReady(long documentId, int pageCount, int chunkCount);

	void markFailed(long documentId, String error);

	/** Sets the page count as soon as the parser knows it. */
	void updatePageCount(long documentId, int pageCount);

	/**
	 * Adds a note to the document, unless it has that note already (a resumed ingest).
	 */
	void addNote(long documentId, String note);

	/** Deletes the document and, by cascade, its bytes, elements, chunks and jobs. */
	boolean delete(long documentId);

	/**
	 * Result of an upload: the document and the job that will ingest it.
	 *
	 * @param document the stored document
	 * @param job its ingest job
	 */
	record StoredUpload(Document document, IngestJob job) {
	}

}
