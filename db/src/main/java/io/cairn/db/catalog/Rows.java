package io.cairn.db.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobState;
import org.jspecify.annotations.Nullable;

/** Row mappers shared by the repositories; the SQL selects the columns by these names. */
final class Rows {

	static final String DOCUMENT_COLUMNS = "id, collection_id, title, file_name, media_type, byte_size, sha256, "
			+ "status, profile, page_count, chunk_count, metadata, error, created_at, updated_at, notes";

	static final String JOB_COLUMNS = "id, document_id, state, pages_done, pages_total, attempts, error, "
			+ "created_at, updated_at";

	private Rows() {
	}

	static KnowledgeCollection collection(ResultSet rs, int row) throws SQLException {
		return new KnowledgeCollection(rs.getLong("id"), rs.getString("name"),
				Language.fromCode(rs.getString("language")), rs.getString("profile"), instant(rs, "created_at"));
	}

	static Document document(ResultSet rs, int row) throws SQLException {
		return new Document(rs.getLong("id"), rs.getLong("collection_id"), rs.getString("title"),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("byte_size"), rs.getString("sha256"),
				DocumentStatus.valueOf(rs.getString("status")), rs.getString("profile"), rs.getInt("page_count"),
				rs.getInt("chunk_count"), Json.readMap(rs.getString("metadata")), rs.getString("error"),
				instant(rs, "created_at"), instant(rs, "updated_at"), SqlArrays.readTexts(rs, "notes"));
	}

	static IngestJob job(ResultSet rs, int row) throws SQLException {
		return new IngestJob(rs.getLong("id"), rs.getLong("document_id"), JobState.valueOf(rs.getString("state")),
				rs.getInt("pages_done"), rs.getInt("pages_total"), rs.getInt("attempts"), rs.getString("error"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
