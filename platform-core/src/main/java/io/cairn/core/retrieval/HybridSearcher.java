package io.cairn.core.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.StoredChunk;

/**
 * Hybrid retrieval: BM25 and vector candidates, fused, optionally diversified with MMR,
 * resolved to chunks with highlighted snippets.
 */
public final class HybridSearcher {

	private final KeywordIndex keywordIndex;

	private final EmbeddingSpaces spaces;

	private final ChunkRepository chunks;

	private final RetrievalSettings settings;

	public HybridSearcher(KeywordIndex keywordIndex, EmbeddingSpaces spaces, ChunkRepository chunks,
			RetrievalSettings settings) {
		this.keywordIndex = keywordIndex;
		this.spaces = spaces;
		this.chunks = chunks;
		this.settings = settings;
	}

	public RetrievalSettings settings() {
		return this.settings;
	}

	public List<SearchResult> search(KnowledgeCollection collection, SearchRequest request) {
		String query = QueryValidator.validate(request.query(), this.settings.maxQueryCharacters(), request.topK());
		SearchFilter filter = new SearchFilter(java.util.Set.of(collection.id()), request.filter().documentIds(),
				request.filter().metadata());
		int candidates = Math.max(this.settings.candidates(), request.topK());
		List<Hit> keywordHits = (request.mode() != RetrievalMode.VECTOR)
				? this.keywordIndex.search(query, collection.language(), candidates, filter) : List.of();
		List<Hit> vectorHits = (request.mode() != RetrievalMode.KEYWORD)
				? vectorSearch(collection, query, candidates, filter) : List.of();
		List<Hit> fused = fuse(request, keywordHits, vectorHits);
		double lambda = (request.mmrLambda() != null) ? request.mmrLambda() : this.settings.mmrLambda();
		// MMR needs the candidates' embeddings: fetch the chunks once, for it and for the
		// results.
		int poolSize = (lambda < 1.0) ? Math.max(request.topK() * 4, 20) : request.topK();
		List<Hit> pool = fused.subList(0, Math.min(poolSize, fused.size()));
		Map<String, StoredChunk> chunksById = byId(this.chunks.findByIds(pool.stream().map(Hit::chunkId).toList()));
		// Index entries whose chunk is gone (deleted since the lookup) are skipped.
		List<Hit> present = pool.stream().filter((hit) -> chunksById.containsKey(hit.chunkId())).toList();
		List<Hit> ranked = (lambda < 1.0) ? diversify(present, chunksById, lambda, request.topK()) : present;
		return resolve(collection, query, ranked, chunksById, ranks(keywordHits), ranks(vectorHits));
	}

	private List<Hit> vectorSearch(KnowledgeCollection collection, String query, int k, SearchFilter filter) {
		EmbeddingSpace space = this.spaces.forLanguage(collection.language());
		float[] vector = space.queries().embed(query);
		return space.index().search(vector, k, filter);
	}

	private List<Hit> fuse(SearchRequest request, List<Hit> keywordHits, List<Hit> vectorHits) {
		if (request.mode() == RetrievalMode.KEYWORD) {
			return keywordHits;
		}
		if (request.mode() == RetrievalMode.VECTOR) {
			return vectorHits;
		}
		FusionMethod method = (request.fusion() != null) ? request.fusion() : this.settings.fusion();
		return switch (method) {
			case RECIPROCAL_RANK -> RankFusion.reciprocalRank(List.of(keywordHits, vectorHits), this.settings.rrfK());
			case WEIGHTED -> RankFusion.weighted(keywordHits, vectorHits, this.settings.vectorWeight());
		};
	}

	/** MMR over the candidates, using the stored embeddings as the similarity measure. */
	private static List<Hit> diversify(List<Hit> candidates, Map<String, StoredChunk> chunksById, double lambda,
			int topK) {
		double[] relevance = candidates.stream().mapToDouble(Hit::score).toArray();
		float[][] vectors = candidates.stream()
			.map((hit) -> chunksById.get(hit.chunkId()).embedding())
			.toArray(float[][]::new);
		List<Hit> picked = new ArrayList<>();
		for (int index : MaximalMarginalRelevance.select(relevance, vectors, lambda, topK)) {
			picked.add(candidates.get(index));
		}
		return picked;
	}

	private List<SearchResult> resolve(KnowledgeCollection collection, String query, List<Hit> ranked,
			Map<String, StoredChunk> chunksById, Map<String, Integer> keywordRanks, Map<String, Integer> vectorRanks) {
		List<String> ids = ranked.stream().map(Hit::chunkId).toList();
		Map<String, String> snippets = this.keywordIndex.highlight(query, collection.language(), ids);
		List<SearchResult> results = new ArrayList<>(ranked.size());
		for (Hit hit : ranked) {
			StoredChunk chunk = chunksById.get(hit.chunkId());
			String snippet = snippets.getOrDefault(hit.chunkId(), Snippets.leading(chunk.text()));
			results.add(new SearchResult(chunk, hit.score(), snippet, keywordRanks.get(hit.chunkId()),
					vectorRanks.get(hit.chunkId())));
		}
		return results;
	}

	private static Map<String, StoredChunk> byId(List<StoredChunk> found) {
		Map<String, StoredChunk> byId = new HashMap<>();
		found.forEach((chunk) -> byId.put(chunk.id(), chunk));
		return byId;
	}

	private static Map<String, Integer> ranks(List<Hit> hits) {
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < hits.size(); i++) {
			ranks.putIfAbsent(hits.get(i).chunkId(), i + 1);
		}
		return ranks;
	}

}
