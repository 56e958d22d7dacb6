package io.cairn.db.lucene;

/**
 * Tuning of the Lucene HNSW vector indexes.
 *
 * @param maxConn HNSW links per node (Lucene default 16)
 * @param beamWidth HNSW build candidate list (Lucene default 100)
 * @param numCandidates candidates gathered per search (at least k), the analogue of
 * {@code ef_search}: more means better recall and slower searches
 */
public record LuceneVectorOptions(int maxConn, int beamWidth, int numCandidates) {

	public LuceneVectorOptions {
		if (maxConn < 1 || maxConn > 512) {
			throw new IllegalArgumentException("maxConn must be in 1..512, got " + maxConn);
		}
		if (beamWidth < 1 || beamWidth > 3200) {
			throw new IllegalArgumentException("beamWidth must be in 1..3200, got " + beamWidth);
		}
		if (numCandidates < 1 || numCandidates > 10_000) {
			throw new IllegalArgumentException("numCandidates must be in 1..10000, got " + numCandidates);
		}
	}

	public static LuceneVectorOptions defaults() {
		return new LuceneVectorOptions(16, 128, 100);
	}

}
