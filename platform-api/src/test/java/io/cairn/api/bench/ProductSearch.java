package io.cairn.api.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.core.collection.Language;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.FusionMethod;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.RetrievalMode;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;

/**
 * The product's {@link HybridSearcher} over the SciFact catalog: query encoding, BM25,
 * ANN, fusion, MMR, chunk lookup and highlighting, as the search endpoint runs them.
 */
final class ProductSearch {

	private static final SearchFilter NO_FILTER = new SearchFilter(Set.of(), Set.of(), Map.of());

	private final SciFact data;

	private final SciFactCatalog catalog;

	private final BenchStorage storage;

	private final BenchEncoder encoder;

	ProductSearch(SciFact data, SciFactCatalog catalog, BenchStorage storage, BenchEncoder encoder) {
		this.data = data;
		this.catalog = catalog;
		this.storage = storage;
		this.encoder = encoder;
	}

	EmbeddingSpace space() {
		return new EmbeddingSpace(this.encoder.name(), this.encoder.passages(), this.encoder.queries(),
				this.encoder.tokens(), this.catalog.vectorIndex());
	}

	ChunkRepository chunks() {
		return this.storage.chunks();
	}

	HybridSearcher searcher(RetrievalSettings settings) {
		EmbeddingSpace space = space();
		return new HybridSearcher(this.storage.keywordIndex(), (language) -> space, chunks(), settings);
	}

	static RetrievalSettings settings(FusionMethod fusion, int rrfK, double vectorWeight, double mmrLambda) {
		return new RetrievalSettings(fusion, rrfK, vectorWeight, RetrievalQuality.CANDIDATES, mmrLambda, 4096);
	}

	List<SearchResult> search(HybridSearcher searcher, String query, int topK) {
		return searcher.search(this.catalog.collection(),
				new SearchRequest(query, NO_FILTER, topK, RetrievalMode.HYBRID, null, null));
	}

	/**
	 * Agreement of the real searcher with the evaluation's own fusion of the same
	 * settings.
	 *
	 * @param name settings
	 * @param ndcg10 nDCG@10 of the searcher's top 10
	 * @param recall100 recall@100 of the searcher's top 100
	 * @param expectedNdcg10 the evaluation's nDCG@10 of the same settings
	 * @param expectedRecall100 the evaluation's recall@100 of the same settings
	 * @param differingTop10 queries whose top-10 lists (as ordered ids) differ
	 * @param queries queries run
	 */
	record Agreement(String name, double ndcg10, double recall100, double expectedNdcg10, double expectedRecall100,
			int differingTop10, int queries) {
	}

	Agreement check(String name, RetrievalSettings settings, RetrievalQuality quality,
			RetrievalQuality.Ranking expected) {
		HybridSearcher searcher = searcher(settings);
		RetrievalQuality.Score expectedScore = quality.score(expected);
		double ndcg = 0;
		double recall = 0;
		int differing = 0;
		List<SciFact.Query> queries = this.data.testQueries();
		SearchFilter filter = SearchFilter.collection(this.catalog.collection().id());
		for (SciFact.Query query : queries) {
			Map<String, Integer> relevant = this.data.qrels().get(query.id());
			List<String> top10 = corpusIds(search(searcher, query.text(), 10));
			List<String> top100 = corpusIds(search(searcher, query.text(), 100));
			ndcg += RankingMetrics.ndcg(top10, relevant, 10);
			recall += RankingMetrics.recall(top100, relevant, 100);
			// The evaluation's ranking of the same query, from freshly fetched
			// candidates.
			List<Hit> keyword = this.storage.keywordIndex()
				.search(query.text(), Language.ENGLISH, RetrievalQuality.CANDIDATES, filter);
			List<Hit> dense = this.catalog.vectorIndex()
				.search(this.encoder.queries().embed(query.text()), RetrievalQuality.CANDIDATES, filter);
			RetrievalQuality.Candidates fetched = new RetrievalQuality.Candidates(query.id(), keyword, dense, dense);
			if (!top10.equals(quality.corpusIds(expected.ranker().rank(fetched, 10)))) {
				differing++;
			}
		}
		return new Agreement(name, ndcg / queries.size(), recall / queries.size(), expectedScore.ndcg10(),
				expectedScore.recall100(), differing, queries.size());
	}

	private List<String> corpusIds(List<SearchResult> results) {
		return results.stream().map((result) -> this.catalog.corpusId(result.chunk().id())).toList();
	}

}
