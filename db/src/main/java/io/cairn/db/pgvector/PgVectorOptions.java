package io.cairn.db.pgvector;

/**
 * Tuning of the pgvector indexes.
 *
 * @param m HNSW links per node ({@code m}, pgvector default 16)
 * @param efConstruction HNSW build candidate list ({@code ef_construction}, at least
 * {@code 2 * m})
 * @param efSearch HNSW search candidate list ({@code hnsw.ef_search}, raised to k when k
 * is larger)
 * @param exactSearchThreshold a filtered search that matches at most this many vectors is
 * answered exactly (a scan of the matching rows) instead of through the HNSW index, like
 * Lucene does, so that selective filters get the true top k
 */
public record PgVectorOptions(int m, int efConstruction, int efSearch, int exactSearchThreshold) {

	public PgVectorOptions {
		if (m < 2 || m > 100) {
			throw new IllegalArgumentException("m must be in 2..100, got " + m);
		}
		if (efConstruction < 2 * m || efConstruction > 1000) {
			throw new IllegalArgumentException("efConstruction must be in 2*m..1000, got " + efConstruction);
		}
		if (efSearch < 1 || efSearch > 1000) {
			throw new IllegalArgumentException("efSearch must be in 1..1000, got " + efSearch);
		}
		if (exactSearchThreshold < 0) {
			throw new IllegalArgumentException(
					"exactSearchThreshold must not be negative, got " + exactSearchThreshold);
		}
	}

	public static PgVectorOptions defaults() {
		return new PgVectorOptions(16, 64, 100, 1000);
	}

}
