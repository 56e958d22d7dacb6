package io.cairn.api.bench;

import java.util.List;

import io.cairn.core.collection.Language;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.RankFusion;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.SearchFilter;

/**
 * Latency of the full hybrid search (top 10) after a warm-up, one query at a time, and of
 * its stages measured separately over the same queries.
 *
 * @param warmup searches before measuring (claims that are not test queries)
 * @param full the whole {@code HybridSearcher.search}, ms
 * @param encode query encoding, ms
 * @param keyword BM25 top 100, ms
 * @param vector ANN top 100, ms
 * @param lookup chunk rows of the top 10, ms
 * @param highlight snippets of the top 10, ms
 */
record SearchLatency(int warmup, Stats full, Stats encode, Stats keyword, Stats vector, Stats lookup, Stats highlight) {

	static SearchLatency measure(ProductSearch product, RetrievalSettings settings, SciFact data,
			SciFactCatalog catalog, KeywordIndex keywordIndex, int warmup) {
		HybridSearcher searcher = product.searcher(settings);
		List<SciFact.Query> tests = data.testQueries();
		List<SciFact.Query> others = data.queries().stream().filter((q) -> !data.qrels().containsKey(q.id())).toList();
		for (int i = 0; i < warmup; i++) {
			product.search(searcher, others.get(i % others.size()).text(), 10);
		}
		int n = tests.size();
		double[] full = new double[n];
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			product.search(searcher, tests.get(i).text(), 10);
			full[i] = millis(start);
		}
		EmbeddingSpace space = product.space();
		ChunkRepository chunks = product.chunks();
		SearchFilter filter = SearchFilter.collection(catalog.collection().id());
		double[] encode = new double[n];
		double[] keyword = new double[n];
		double[] vector = new double[n];
		double[] lookup = new double[n];
		double[] highlight = new double[n];
		for (int i = 0; i < n; i++) {
			String query = tests.get(i).text();
			long start = System.nanoTime();
			float[] embedding = space.queries().embed(query);
			encode[i] = millis(start);
			start = System.nanoTime();
			List<Hit> keywordHits = keywordIndex.search(query, Language.ENGLISH, RetrievalQuality.CANDIDATES, filter);
			keyword[i] = millis(start);
			start = System.nanoTime();
			List<Hit> vectorHits = space.index().search(embedding, RetrievalQuality.CANDIDATES, filter);
			vector[i] = millis(start);
			List<String> top = RankFusion.reciprocalRank(List.of(keywordHits, vectorHits), settings.rrfK())
				.stream()
				.limit(10)
				.map(Hit::chunkId)
				.toList();
			start = System.nanoTime();
			chunks.findByIds(top);
			lookup[i] = millis(start);
			start = System.nanoTime();
			keywordIndex.highlight(query, Language.ENGLISH, top);
			highlight[i] = millis(start);
		}
		return new SearchLatency(warmup, new Stats(full), new Stats(encode), new Stats(keyword), new Stats(vector),
				new Stats(lookup), new Stats(highlight));
	}

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

}
