package io.cairn.db.pgvector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.pgvector.PGvector;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One vector space in pgvector (server mode): rows of {@code chunk_vector} with this
 * space's name, searched through a partial HNSW expression index on
 * {@code embedding::vector(dimensions)}. Chunks must be in the catalog before they are
 * indexed (the rows reference them).
 */
public class PgVectorIndex implements VectorIndex {

	private static final Logger logger = LoggerFactory.getLogger(PgVectorIndex.class);

	private static final long ANALYZE_AFTER_ROWS = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String space;

	private final int dimensions;

	private final PgVectorOptions options;

	private final boolean iterativeScan;

	private final PgVectorQueries queries;

	/** Rows written since the last ANALYZE; see {@link #analyzeAfterBulkLoad}. */
	private final AtomicLong unanalyzedRows = new AtomicLong();

	/**
	 * Opens the space, creating its HNSW index if missing.
	 * @param dataSource the catalog database, migrated with pgvector
	 * @param space vector space name: 1 to 100 letters, digits, '.', '_' or '-'
	 * @param dimensions dimensions of the space's vectors (at most 2,000, pgvector's HNSW
	 * limit)
	 * @param options index tuning
	 * @param iterativeScan whether the server's pgvector (0.8+) has
	 * {@code hnsw.iterative_scan}
	 */
	public PgVectorIndex(DataSource dataSource, String space, int dimensions, PgVectorOptions options,
			boolean iterativeScan) {
		if (dimensions < 1 || dimensions > 2000) {
			throw new IllegalArgumentException("pgvector HNSW indexes take 1 to 2000 dimensions, got " + dimensions);
		}
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.space = VectorSpaceNames.check(space);
		this.dimensions = dimensions;
		this.options = options;
		this.iterativeScan = iterativeScan;
		this.queries = new PgVectorQueries(space, dimensions);
		createIndex();
	}

	private void createIndex() {
		String name = VectorSpaceNames.indexName(this.space, this.dimensions);
		String sql = "CREATE INDEX IF NOT EXISTS " + name + " ON chunk_vector USING hnsw ((embedding::vector("
				+ this.dimensions + ")) vector_cosine_ops) WITH (m = " + this.options.m() + ", ef_construction = "
				+ this.options.efConstruction() + ") WHERE space = '" + this.space + "'";
		try {
			this.jdbc.execute(sql);
		}
		catch (DataIntegrityViolationException ex) {
			// Two nodes starting together: the other one created the index first.
			logger.debug("HNSW index {} created concurrently", name, ex);
		}
	}

	@Override
	public int dimensions() {
		return this.dimensions;
	}

	@Override
	public void upsert(List<IndexedChunk> chunks) {
		for (IndexedChunk chunk : chunks) {
			checkDimensions(chunk.vector(), "chunk " + chunk.chunkId());
		}
		try {
			this.transaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(PgVectorQueries.UPSERT, chunks, 500,
					(ps, chunk) -> bindUpsert(ps, chunk)));
		}
		catch (DataIntegrityViolationException ex) {
			throw new IllegalStateException("Could not index chunks in vector space '" + this.space
					+ "': every chunk must be stored in the catalog (chunk table) before it is indexed", ex);
		}
		analyzeAfterBulkLoad(chunks.size());
	}

	/**
	 * Refreshes the planner statistics after a bulk load. Until autovacuum gets to it,
	 * PostgreSQL believes the table is tiny and answers searches with an exact scan
	 * instead of the HNSW index (measured on SciFact), so a large first load or rebuild
	 * would make every search slow.
	 */
	private void analyzeAfterBulkLoad(int written) {
		if (this.unanalyzedRows.addAndGet(written) >= ANALYZE_AFTER_ROWS) {
			this.unanalyzedRows.set(0);
			this.jdbc.execute("ANALYZE chunk_vector");
		}
	}

	private void bindUpsert(PreparedStatement ps, IndexedChunk chunk) throws SQLException {
		Connection connection = ps.getConnection();
		ps.setString(1, this.space);
		ps.setString(2, chunk.chunkId());
		ps.setLong(3, chunk.collectionId());
		ps.setLong(4, chunk.documentId());
		ps.setArray(5, connection.createArrayOf("text", chunk.metadata().keySet().toArray(String[]::new)));
		ps.setArray(6, connection.createArrayOf("text", chunk.metadata().values().toArray(String[]::new)));
		ps.setObject(7, new PGvector(chunk.vector()));
	}

	@Override
	public List<Hit> search(float[] query, int k, SearchFilter filter) {
		checkDimensions(query, "query");
		if (k < 1) {
			return List.of();
		}
		List<Hit> hits = this.transaction.execute((status) -> {
			boolean exact = isSelective(filter);
			if (!exact) {
				tuneSession(k, filter);
			}
			return this.jdbc.query((connection) -> this.queries.search(connection, query, k, filter, exact),
					(rs, row) -> new Hit(rs.getString(1), (float) (1.0 - rs.getDouble(2))));
		});
		return (hits != null) ? hits : List.of();
	}

	/** The plan of a search, for tests that check the HNSW index serves it. */
	String explain(float[] query, int k, SearchFilter filter) {
		String plan = this.transaction.execute((status) -> {
			boolean exact = isSelective(filter);
			if (!exact) {
				tuneSession(k, filter);
			}
			List<String> lines = this.jdbc.query(
					(connection) -> this.queries.explain(connection, query, k, filter, exact),
					(rs, row) -> rs.getString(1));
			return String.join("\n", lines);
		});
		return (plan != null) ? plan : "";
	}

	/**
	 * Whether few enough rows match the filter to scan them exactly. Counting stops at
	 * the threshold, so the check stays cheap for broad filters.
	 */
	private boolean isSelective(SearchFilter filter) {
		if (isEmpty(filter)) {
			return false;
		}
		Long matching = this.jdbc.query(
				(connection) -> this.queries.countUpTo(connection, filter, this.options.exactSearchThreshold() + 1),
				(rs) -> rs.next() ? rs.getLong(1) : 0L);
		return matching != null && matching <= this.options.exactSearchThreshold();
	}

	private void tuneSession(int k, SearchFilter filter) {
		int efSearch = Math.min(1000, Math.max(this.options.efSearch(), k));
		this.jdbc.execute("SET LOCAL hnsw.ef_search = " + efSearch);
		if (this.iterativeScan && !isEmpty(filter)) {
			// Keeps scanning the graph until k rows pass the filter (pgvector 0.8+);
			// results come
			// slightly out of order, which the outer ORDER BY fixes.
			this.jdbc.execute("SET LOCAL hnsw.iterative_scan = relaxed_order");
		}
	}

	@Override
	public void deleteDocument(long documentId) {
		this.jdbc.update("DELETE FROM chunk_vector WHERE space = ? AND document_id = ?", this.space, documentId);
	}

	@Override
	public long count() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM chunk_vector WHERE space = ?", Long.class,
				this.space);
		return (count != null) ? count : 0;
	}

	@Override
	public void clear() {
		this.jdbc.update("DELETE FROM chunk_vector WHERE space = ?", this.space);
	}

	@Override
	public void close() {
		// The pool belongs to the caller.
	}

	private void checkDimensions(float[] vector, String what) {
		if (vector.length != this.dimensions) {
			throw new IllegalArgumentException("The " + what + " has " + vector.length
					+ " dimensions, but vector space '" + this.space + "' holds " + this.dimensions);
		}
	}

	private static boolean isEmpty(SearchFilter filter) {
		return filter.collectionIds().isEmpty() && filter.documentIds().isEmpty() && filter.metadata().isEmpty();
	}

	@Override
	public String toString() {
		return "PgVectorIndex[space=" + this.space + ", dimensions=" + this.dimensions + "]";
	}

}
