package io.cairn.db.catalog;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.cairn.core.ConflictException;
import io.cairn.core.NotFoundException;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.document.DuplicateDocumentException;
import io.cairn.core.document.NewDocument;
import io.cairn.core.document.Sidecar;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Documents and their original bytes in PostgreSQL. */
public class JdbcDocumentRepository implements DocumentRepository {

	/** Rounds against a winner that rolls back or is deleted before we can name it. */
	private static final int MAX_INSERT_ATTEMPTS = 3;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public JdbcDocumentRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public StoredUpload insertWithJob(NewDocument document) {
		for (int attempt = 0; attempt < MAX_INSERT_ATTEMPTS; attempt++) {
			Optional<StoredUpload> stored = this.transaction.execute((status) -> tryInsert(document));
			if (stored != null && stored.isPresent()) {
				return stored.get();
			}
			Optional<Document> existing = findBySha256(document.collectionId(), document.sha256());
			if (existing.isPresent()) {
				throw new DuplicateDocumentException(existing.get().id());
			}
		}
		throw new ConflictException("Concurrent uploads of the same bytes kept conflicting; try again");
	}

	/**
	 * Empty when the (collection, sha256) unique key is taken, by a committed row or a
	 * racing one.
	 */
	private Optional<StoredUpload> tryInsert(NewDocument document) {
		// ON CONFLICT waits for a racing insert of the same key and then does nothing,
		// instead of
		// aborting this transaction with a unique violation.
		Optional<Document> inserted = this.jdbc.sql("""
				INSERT INTO document (collection_id, title, file_name, media_type, byte_size, sha256, status,
				                      profile, metadata)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
				ON CONFLICT (collection_id, sha256) DO NOTHING
				RETURNING\s""" + Rows.DOCUMENT_COLUMNS)
			.params(document.collectionId(), document.title(), document.fileName(), document.mediaType(),
					document.content().length, document.sha256(), DocumentStatus.QUEUED.name(), document.profile(),
					Json.write(document.metadata()))
			.query(Rows::document)
			.optional();
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		long id = inserted.get().id();
		this.jdbc.sql("INSERT INTO document_content (document_id, bytes) VALUES (?, ?)")
			.params(id, document.content())
			.update();
		if (document.sidecar() != null) {
			this.jdbc.sql("INSERT INTO document_sidecar (document_id, file_name, content) VALUES (?, ?, ?)")
				.params(id, document.sidecar().fileName(), document.sidecar().text())
				.update();
		}
		IngestJob job = this.jdbc
			.sql("INSERT INTO ingest_job (document_id, state) VALUES (?, ?) RETURNING " + Rows.JOB_COLUMNS)
			.params(id, JobState.QUEUED.name())
			.query(Rows::job)
			.single();
		return Optional.of(new StoredUpload(inserted.get(), job));
	}

	@Override
	public Optional<Document> findById(long id) {
		return this.jdbc.sql("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM document WHERE id = ?")
			.param(id)
			.query(Rows::document)
			.optional();
	}

	@Override
	public Optional<Document> findBySha256(long collectionId, String sha256) {
		return this.jdbc
			.sql("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM document WHERE collection_id = ? AND sha256 = ?")
			.params(collectionId, sha256)
			.query(Rows::document)
			.optional();
	}

	@Override
	public List<Document> findByCollection(long collectionId) {
		return this.jdbc.sql("SELECT " + Rows.DOCUMENT_COLUMNS + " FROM document WHERE collection_id = ? ORDER BY id")
			.param(collectionId)
			.query(Rows::document)
			.list();
	}

	@Override
	public Optional<Sidecar> findSidecar(long documentId) {
		return this.jdbc.sql("SELECT file_name, content FROM document_sidecar WHERE document_id = ?")
			.param(documentId)
			.query((rs, row) -> new Sidecar(rs.getString("file_name"), rs.getString("content")))
			.optional();
	}

	@Override
	public InputStream openContent(long documentId) {
		long length = this.jdbc.sql("SELECT octet_length(bytes) FROM document_content WHERE document_id = ?")
			.param(documentId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Document " + documentId + " has no stored content"));
		return new ContentInputStream(this.jdbc, documentId, length);
	}

	@Override
	public void markProcessing(long documentId) {
		setStatus(documentId, DocumentStatus.PROCESSING);
	}

	@Override
	public void markReady(long documentId, int pageCount, int chunkCount) {
		this.jdbc.sql("""
				UPDATE document SET status = ?, page_count = ?, chunk_count = ?, error = NULL, updated_at = now()
				WHERE id = ?""").params(DocumentStatus.READY.name(), pageCount, chunkCount, documentId).update();
	}

	@Override
	public void markFailed(long documentId, String error) {
		this.jdbc.sql("UPDATE document SET status = ?, error = ?, updated_at = now() WHERE id = ?")
			.params(DocumentStatus.FAILED.name(), error, documentId)
			.update();
	}

	@Override
	public void updatePageCount(long documentId, int pageCount) {
		this.jdbc.sql("UPDATE document SET page_count = ?, updated_at = now() WHERE id = ?")
			.params(pageCount, documentId)
			.update();
	}

	@Override
	public void addNote(long documentId, String note) {
		this.jdbc.sql("""
				UPDATE document SET notes = array_append(notes, ?), updated_at = now()
				WHERE id = ? AND NOT (? = ANY (notes))""").params(note, documentId, note).update();
	}

	@Override
	public boolean delete(long documentId) {
		return this.jdbc.sql("DELETE FROM document WHERE id = ?").param(documentId).update() > 0;
	}

	private void setStatus(long documentId, DocumentStatus status) {
		this.jdbc.sql("UPDATE document SET status = ?, error = NULL, updated_at = now() WHERE id = ?")
			.params(status.name(), documentId)
			.update();
	}

}
