package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.MaximalMarginalRelevance;
import io.cairn.core.retrieval.RankFusion;
import io.cairn.core.retrieval.SearchFilter;

/**
 * nDCG@10 and recall@100 of each ranking (BM25, dense, fusions, MMR) over the SciFact
 * test queries. The per-index candidate lists are fetched once per query, exactly as
 * {@code HybridSearcher} fetches them (100 candidates per index, collection filter), and
 * the fusions and MMR are the product's {@link RankFusion} and
 * {@link MaximalMarginalRelevance}, with the MMR pool {@code HybridSearcher} uses
 * ({@code max(4 * topK, 20)} fused candidates).
 */
final class RetrievalQuality {

	static final int CANDIDATES = 100;

	private final SciFact data;

	private final SciFactCatalog catalog;

	private final List<Candidates> candidates = new ArrayList<>();

	/**
	 * One query's candidate lists.
	 *
	 * @param queryId SciFact query id
	 * @param keyword BM25 hits
	 * @param dense vector hits of the query view (with instruction)
	 * @param plain vector hits of the plain query (no instruction)
	 */
	record Candidates(String queryId, List<Hit> keyword, List<Hit> dense, List<Hit> plain) {
	}

	/**
	 * A ranking to evaluate.
	 *
	 * @param name row label
	 * @param ranker the top {@code topK} of a query's candidates
	 */
	record Ranking(String name, Ranker ranker) {
	}

	@FunctionalInterface
	interface Ranker {

		List<Hit> rank(Candidates candidates, int topK);

	}

	/**
	 * Quality of one ranking.
	 *
	 * @param name row label
	 * @param ndcg10 mean nDCG@10
	 * @param recall100 mean recall@100
	 * @param perQueryNdcg10 nDCG@10 of each query, in query order (for paired
	 * comparisons)
	 */
	record Score(String name, double ndcg10, double recall100, double[] perQueryNdcg10) {
	}

	RetrievalQuality(SciFact data, SciFactCatalog catalog, EncodedSciFact encoded, BenchStorage storage) {
		this.data = data;
		this.catalog = catalog;
		SearchFilter filter = SearchFilter.collection(catalog.collection().id());
		List<SciFact.Query> all = data.queries();
		for (int i = 0; i < all.size(); i++) {
			SciFact.Query query = all.get(i);
			if (!data.qrels().containsKey(query.id())) {
				continue;
			}
			List<Hit> keyword = storage.keywordIndex().search(query.text(), Language.ENGLISH, CANDIDATES, filter);
			List<Hit> dense = catalog.vectorIndex().search(encoded.queries()[i], CANDIDATES, filter);
			List<Hit> plain = catalog.vectorIndex().search(encoded.plainQueries()[i], CANDIDATES, filter);
			this.candidates.add(new Candidates(query.id(), keyword, dense, plain));
		}
	}

	/** The rankings of the benchmark, in table order. */
	List<Ranking> rankings() {
		List<Ranking> rankings = new ArrayList<>();
		rankings.add(new Ranking("BM25 (Lucene, English analyzer)", (c, k) -> top(c.keyword(), k)));
		rankings.add(new Ranking("dense, query instruction", (c, k) -> top(c.dense(), k)));
		rankings.add(new Ranking("dense, no instruction", (c, k) -> top(c.plain(), k)));
		for (int rrfK : new int[] { 10, 30, 60, 100 }) {
			rankings.add(new Ranking("hybrid RRF k=" + rrfK,
					(c, k) -> top(RankFusion.reciprocalRank(List.of(c.keyword(), c.dense()), rrfK), k)));
		}
		for (int rrfK : new int[] { 10, 60 }) {
			rankings.add(new Ranking("hybrid RRF k=" + rrfK + ", no instruction",
					(c, k) -> top(RankFusion.reciprocalRank(List.of(c.keyword(), c.plain()), rrfK), k)));
		}
		for (double weight : new double[] { 0.3, 0.4, 0.5, 0.6, 0.7 }) {
			rankings.add(new Ranking("hybrid weighted, vector weight " + weight,
					(c, k) -> top(RankFusion.weighted(c.keyword(), c.dense(), weight), k)));
		}
		for (double lambda : new double[] { 0.9, 0.7 }) {
			rankings.add(new Ranking("hybrid RRF k=60 + MMR λ=" + lambda,
					(c, k) -> mmr(RankFusion.reciprocalRank(List.of(c.keyword(), c.dense()), 60), lambda, k)));
		}
		return rankings;
	}

	/** A weighted-fusion ranking with MMR, for the recommended default. */
	Ranking weightedMmr(double weight, double lambda) {
		return new Ranking("hybrid weighted " + weight + " + MMR λ=" + lambda,
				(c, k) -> mmr(RankFusion.weighted(c.keyword(), c.dense(), weight), lambda, k));
	}

	Score score(Ranking ranking) {
		double[] ndcg = new double[this.candidates.size()];
		double recall = 0;
		for (int i = 0; i < ndcg.length; i++) {
			Candidates query = this.candidates.get(i);
			Map<String, Integer> relevant = this.data.qrels().get(query.queryId());
			ndcg[i] = RankingMetrics.ndcg(corpusIds(ranking.ranker().rank(query, 10)), relevant, 10);
			recall += RankingMetrics.recall(corpusIds(ranking.ranker().rank(query, 100)), relevant, 100);
		}
		return new Score(ranking.name(), java.util.Arrays.stream(ndcg).average().orElse(0), recall / ndcg.length, ndcg);
	}

	int queries() {
		return this.candidates.size();
	}

	List<String> corpusIds(List<Hit> hits) {
		return hits.stream().map((hit) -> this.catalog.corpusId(hit.chunkId())).toList();
	}

	/**
	 * {@code HybridSearcher}'s diversification: MMR over the best max(4 topK, 20) fused
	 * hits.
	 */
	private List<Hit> mmr(List<Hit> fused, double lambda, int topK) {
		List<Hit> pool = fused.subList(0, Math.min(fused.size(), Math.max(topK * 4, 20)));
		double[] relevance = pool.stream().mapToDouble(Hit::score).toArray();
		float[][] vectors = pool.stream().map((hit) -> this.catalog.vector(hit.chunkId())).toArray(float[][]::new);
		List<Hit> picked = new ArrayList<>();
		for (int index : MaximalMarginalRelevance.select(relevance, vectors, lambda, topK)) {
			picked.add(pool.get(index));
		}
		return picked;
	}

	private static List<Hit> top(List<Hit> hits, int k) {
		return hits.subList(0, Math.min(k, hits.size()));
	}

}
