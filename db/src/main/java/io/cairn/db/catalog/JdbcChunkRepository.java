package io.cairn.db.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.StoredChunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Chunks, with their embeddings as {@code real[]}, in PostgreSQL. */
public class JdbcChunkRepository implements ChunkRepository {

	private static final String COLUMNS = "c.id, c.document_id, c.collection_id, c.ordinal, c.text, c.token_count, "
			+ "c.page_start, c.page_end, c.heading_path, c.kind, c.metadata, c.embedding, c.location";

	private static final String UPSERT = """
			INSERT INTO chunk (id, document_id, collection_id, ordinal, text, token_count, page_start, page_end,
			                   heading_path, kind, metadata, embedding, location)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)
			ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id,
			    collection_id = excluded.collection_id, ordinal = excluded.ordinal, text = excluded.text,
			    token_count = excluded.token_count, page_start = excluded.page_start, page_end = excluded.page_end,
			    heading_path = excluded.heading_path, kind = excluded.kind, metadata = excluded.metadata,
			    embedding = excluded.embedding, location = excluded.location""";

	private static final String READY = "'" + DocumentStatus.READY.name() + "'";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public JdbcChunkRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public void replaceForDocument(long documentId, List<StoredChunk> chunks) {
		for (StoredChunk chunk : chunks) {
			if (chunk.documentId() != documentId) {
				throw new IllegalArgumentException(
						"Chunk " + chunk.id() + " belongs to document " + chunk.documentId() + ", not " + documentId);
			}
		}
		String[] ids = chunks.stream().map(StoredChunk::id).toArray(String[]::new);
		this.transaction.executeWithoutResult((status) -> {
			// Chunks that stay keep their rows (an update does not cascade), so their
			// pgvector rows
			// survive a retried ingest; only chunks that are gone take their vectors with
			// them.
			this.jdbc.update((connection) -> {
				PreparedStatement ps = connection
					.prepareStatement("DELETE FROM chunk WHERE document_id = ? AND NOT (id = ANY (?))");
				ps.setLong(1, documentId);
				ps.setArray(2, connection.createArrayOf("text", ids));
				return ps;
			});
			this.jdbc.batchUpdate(UPSERT, chunks, 200, JdbcChunkRepository::bind);
		});
	}

	@Override
	public List<StoredChunk> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String[] array = ids.toArray(String[]::new);
		return this.jdbc.query((connection) -> {
			PreparedStatement ps = connection
				.prepareStatement("SELECT " + COLUMNS + " FROM chunk c WHERE c.id = ANY (?)");
			ps.setArray(1, connection.createArrayOf("text", array));
			return ps;
		}, JdbcChunkRepository::chunk);
	}

	@Override
	public List<StoredChunk> findByDocument(long documentId) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM chunk c WHERE c.document_id = ? ORDER BY c.ordinal",
				JdbcChunkRepository::chunk, documentId);
	}

	@Override
	public long countByDocument(long documentId) {
		return count("SELECT count(*) FROM chunk WHERE document_id = ?", documentId);
	}

	@Override
	public long countIndexable() {
		return count("SELECT count(*) FROM chunk c JOIN document d ON d.id = c.document_id WHERE d.status = " + READY);
	}

	@Override
	public void forEachIndexable(int batchSize, Consumer<List<StoredChunk>> batch) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
		}
		// Keyset pagination on the primary key: each page is one short query, however
		// large the catalog.
		String sql = "SELECT " + COLUMNS + " FROM chunk c JOIN document d ON d.id = c.document_id WHERE d.status = "
				+ READY + " AND c.id > ? ORDER BY c.id LIMIT ?";
		String after = "";
		while (true) {
			List<StoredChunk> page = this.jdbc.query(sql, JdbcChunkRepository::chunk, after, batchSize);
			if (page.isEmpty()) {
				return;
			}
			batch.accept(page);
			if (page.size() < batchSize) {
				return;
			}
			after = page.getLast().id();
		}
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private static void bind(PreparedStatement ps, StoredChunk chunk) throws SQLException {
		ps.setString(1, chunk.id());
		ps.setLong(2, chunk.documentId());
		ps.setLong(3, chunk.collectionId());
		ps.setInt(4, chunk.ordinal());
		ps.setString(5, chunk.text());
		ps.setInt(6, chunk.tokenCount());
		ps.setInt(7, chunk.pageStart());
		ps.setInt(8, chunk.pageEnd());
		ps.setArray(9, SqlArrays.texts(ps.getConnection(), chunk.headingPath()));
		ps.setString(10, chunk.kind().name());
		ps.setString(11, Json.write(chunk.metadata()));
		ps.setArray(12, SqlArrays.floats(ps.getConnection(), chunk.embedding()));
		ps.setString(13, Json.write(chunk.location()));
	}

	private static StoredChunk chunk(ResultSet rs, int row) throws SQLException {
		return new StoredChunk(rs.getString("id"), rs.getLong("document_id"), rs.getLong("collection_id"),
				rs.getInt("ordinal"), rs.getString("text"), rs.getInt("token_count"), rs.getInt("page_start"),
				rs.getInt("page_end"), SqlArrays.readTexts(rs, "heading_path"),
				ChunkContentKind.valueOf(rs.getString("kind")), Json.readMap(rs.getString("metadata")),
				SqlArrays.readFloats(rs, "embedding"), Json.readLocation(rs.getString("location")));
	}

}
