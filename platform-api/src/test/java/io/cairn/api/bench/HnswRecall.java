package io.cairn.api.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.db.pgvector.PgVectorIndex;

/**
 * Recall of an ANN index against exact (brute-force) cosine search over the same corpus
 * vectors, for every SciFact claim (1,109 query vectors).
 */
final class HnswRecall {

	private final List<String> chunkIds;

	private final float[][] queries;

	private final List<List<String>> exact10 = new ArrayList<>();

	private final List<List<String>> exact100 = new ArrayList<>();

	HnswRecall(SciFactCatalog catalog, EncodedSciFact encoded) {
		this.chunkIds = catalog.chunkIds();
		this.queries = encoded.queries();
		float[][] corpus = Arrays.stream(encoded.corpus()).map(HnswRecall::unit).toArray(float[][]::new);
		for (float[] query : this.queries) {
			float[] q = unit(query);
			double[] scores = Arrays.stream(corpus).mapToDouble((c) -> dot(q, c)).toArray();
			List<String> order = IntStream.range(0, corpus.length)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
				.limit(100)
				.map(this.chunkIds::get)
				.toList();
			this.exact10.add(order.subList(0, 10));
			this.exact100.add(order);
		}
	}

	/**
	 * Recall of one index setting.
	 *
	 * @param setting the index setting
	 * @param recallAt10 mean fraction of the exact top 10 in a k=10 search
	 * @param recall10Of100 mean fraction of the exact top 10 in the first 10 of a k=100
	 * search (what hybrid search asks for)
	 * @param recallAt100 mean fraction of the exact top 100 in a k=100 search
	 * @param meanMillis mean time of a k=10 search
	 * @param plan how the index answers k=10 and k=100 searches
	 */
	record Result(String setting, double recallAt10, double recall10Of100, double recallAt100, double meanMillis,
			String plan) {
	}

	Result measure(String setting, VectorIndex index, SearchFilter filter) {
		double at10 = 0;
		double tenOf100 = 0;
		double at100 = 0;
		long nanos = 0;
		for (int i = 0; i < this.queries.length; i++) {
			long start = System.nanoTime();
			List<String> top10 = ids(index.search(this.queries[i], 10, filter));
			nanos += System.nanoTime() - start;
			List<String> top100 = ids(index.search(this.queries[i], 100, filter));
			at10 += RankingMetrics.overlap(top10, this.exact10.get(i));
			tenOf100 += RankingMetrics.overlap(top100.subList(0, Math.min(10, top100.size())), this.exact10.get(i));
			at100 += RankingMetrics.overlap(top100, this.exact100.get(i));
		}
		int n = this.queries.length;
		String plan = plan(index, this.queries[0], 10, filter) + " / " + plan(index, this.queries[0], 100, filter);
		return new Result(setting, at10 / n, tenOf100 / n, at100 / n, nanos / 1e6 / n, plan);
	}

	/**
	 * Whether PostgreSQL answers a pgvector search through the HNSW index or by scanning
	 * and sorting (it costs the HNSW scan with {@code ef_search}, so a large beam on a
	 * small table makes it choose the exact scan). Reads the plan through the
	 * package-private {@code PgVectorIndex.explain} that the db tests use.
	 */
	static String plan(VectorIndex index, float[] query, int k, SearchFilter filter) {
		if (!(index instanceof PgVectorIndex)) {
			return "HNSW";
		}
		try {
			Method explain = PgVectorIndex.class.getDeclaredMethod("explain", float[].class, int.class,
					SearchFilter.class);
			explain.setAccessible(true);
			String text = (String) explain.invoke(index, query, k, filter);
			return text.contains("chunk_vector_hnsw_") ? "HNSW" : "exact scan";
		}
		catch (ReflectiveOperationException ex) {
			return "?";
		}
	}

	int queries() {
		return this.queries.length;
	}

	private static List<String> ids(List<Hit> hits) {
		return hits.stream().map(Hit::chunkId).toList();
	}

	private static float[] unit(float[] vector) {
		double norm = Math.sqrt(dot(vector, vector));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
