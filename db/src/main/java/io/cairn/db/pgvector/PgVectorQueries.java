package io.cairn.db.pgvector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.pgvector.PGvector;
import io.cairn.core.retrieval.SearchFilter;

/**
 * The SQL of one vector space. The space name and the dimension count are literals, so
 * that the planner can match the partial expression index
 * {@code (embedding::vector(N)) WHERE space = '…'} also in generic plans of prepared
 * statements.
 */
final class PgVectorQueries {

	static final String UPSERT = """
			INSERT INTO chunk_vector (space, chunk_id, collection_id, document_id, metadata, embedding)
			VALUES (?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?::vector)
			ON CONFLICT (space, chunk_id) DO UPDATE SET collection_id = excluded.collection_id,
			    document_id = excluded.document_id, metadata = excluded.metadata, embedding = excluded.embedding""";

	private final String space;

	private final String vectorType;

	PgVectorQueries(String space, int dimensions) {
		this.space = VectorSpaceNames.check(space);
		this.vectorType = "vector(" + dimensions + ")";
	}

	/**
	 * Nearest rows by cosine distance. The approximate form orders by the indexed
	 * expression (materialized, then re-sorted, because iterative scans return rows
	 * slightly out of order); the exact form orders by the bare column, which no HNSW
	 * index matches, so it scans the rows that pass the filter.
	 */
	PreparedStatement search(Connection connection, float[] query, int k, SearchFilter filter, boolean exact)
			throws SQLException {
		return prepare(connection, searchSql(filter, exact), query, k, filter);
	}

	PreparedStatement explain(Connection connection, float[] query, int k, SearchFilter filter, boolean exact)
			throws SQLException {
		return prepare(connection, "EXPLAIN " + searchSql(filter, exact), query, k, filter);
	}

	PreparedStatement countUpTo(Connection connection, SearchFilter filter, int limit) throws SQLException {
		List<Object> params = new ArrayList<>();
		String sql = "SELECT count(*) FROM (SELECT 1 FROM chunk_vector WHERE " + where(connection, filter, params)
				+ " LIMIT ?) matching";
		params.add(limit);
		return bind(connection.prepareStatement(sql), params);
	}

	private String searchSql(SearchFilter filter, boolean exact) {
		String where = whereSql(filter);
		if (exact) {
			return "SELECT chunk_id, embedding <=> ?::vector AS distance FROM chunk_vector WHERE " + where
					+ " ORDER BY distance LIMIT ?";
		}
		return "WITH nearest AS MATERIALIZED (SELECT chunk_id, (embedding::" + this.vectorType + ") <=> ?::"
				+ this.vectorType + " AS distance FROM chunk_vector WHERE " + where + " ORDER BY distance LIMIT ?) "
				+ "SELECT chunk_id, distance FROM nearest ORDER BY distance";
	}

	private PreparedStatement prepare(Connection connection, String sql, float[] query, int k, SearchFilter filter)
			throws SQLException {
		List<Object> params = new ArrayList<>();
		params.add(new PGvector(query));
		where(connection, filter, params);
		params.add(k);
		return bind(connection.prepareStatement(sql), params);
	}

	private String whereSql(SearchFilter filter) {
		StringBuilder sql = new StringBuilder("space = '").append(this.space).append("'");
		if (!filter.collectionIds().isEmpty()) {
			sql.append(" AND collection_id = ANY (?)");
		}
		if (!filter.documentIds().isEmpty()) {
			sql.append(" AND document_id = ANY (?)");
		}
		if (!filter.metadata().isEmpty()) {
			sql.append(" AND metadata @> jsonb_object(?::text[], ?::text[])");
		}
		return sql.toString();
	}

	/** Adds the filter's parameters, in {@link #whereSql} order, and returns that SQL. */
	private String where(Connection connection, SearchFilter filter, List<Object> params) throws SQLException {
		if (!filter.collectionIds().isEmpty()) {
			params.add(connection.createArrayOf("int8", filter.collectionIds().toArray(Long[]::new)));
		}
		if (!filter.documentIds().isEmpty()) {
			params.add(connection.createArrayOf("int8", filter.documentIds().toArray(Long[]::new)));
		}
		if (!filter.metadata().isEmpty()) {
			List<String> keys = new ArrayList<>(filter.metadata().keySet());
			params.add(connection.createArrayOf("text", keys.toArray(String[]::new)));
			params.add(connection.createArrayOf("text",
					keys.stream().map((key) -> filter.metadata().get(key)).toArray(String[]::new)));
		}
		return whereSql(filter);
	}

	private static PreparedStatement bind(PreparedStatement ps, List<Object> params) throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			ps.setObject(i + 1, params.get(i));
		}
		return ps;
	}

}
