package io.cairn.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.api.collection.Collections;
import io.cairn.api.media.LocationView;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.retrieval.FusionMethod;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.RetrievalMode;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hybrid search over a collection. */
@RestController
@RequestMapping("/api/collections/{collection}/search")
@Tag(name = "Search")
public class SearchController {

	private final Collections collections;

	private final HybridSearcher searcher;

	public SearchController(Collections collections, HybridSearcher searcher) {
		this.collections = collections;
		this.searcher = searcher;
	}

	@PostMapping
	@Operation(summary = "Search a collection",
			description = "BM25 and vector search fused (reciprocal rank by default), with optional MMR diversity"
					+ " and filters by document and metadata.")
	public SearchResponse search(@PathVariable String collection, @RequestBody SearchBody body) {
		KnowledgeCollection owner = this.collections.require(collection);
		long started = System.nanoTime();
		SearchFilter filter = new SearchFilter(Set.of(owner.id()),
				(body.documentIds() != null) ? Set.copyOf(body.documentIds()) : Set.of(),
				(body.metadata() != null) ? body.metadata() : Map.of());
		SearchRequest request = new SearchRequest((body.query() != null) ? body.query() : "", filter,
				(body.topK() != null) ? body.topK() : 10, parse(body.mode(), RetrievalMode.class, RetrievalMode.HYBRID),
				parse(body.fusion(), FusionMethod.class, null), body.diversity());
		List<SearchResult> results = this.searcher.search(owner, request);
		List<SearchHit> hits = new ArrayList<>(results.size());
		for (int i = 0; i < results.size(); i++) {
			hits.add(SearchHit.of(i + 1, results.get(i), owner.name()));
		}
		return new SearchResponse(request.query(), hits, (System.nanoTime() - started) / 1_000_000.0);
	}

	private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Class<E> type, @Nullable E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(normalised)) {
				return constant;
			}
		}
		throw new InvalidRequestException("Unknown value '" + value + "'; use one of "
				+ java.util.Arrays.stream(type.getEnumConstants())
					.map((constant) -> constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
					.toList());
	}

	/**
	 * A search.
	 *
	 * @param query the words to search for
	 * @param topK results wanted (default 10, at most 1000)
	 * @param mode hybrid (default), keyword or vector
	 * @param fusion reciprocal-rank or weighted (default: configured)
	 * @param diversity MMR lambda in [0, 1]; 1 = no diversity (default: configured)
	 * @param documentIds only these documents
	 * @param metadata only documents with these metadata values
	 */
	public record SearchBody(@Nullable String query, @Nullable Integer topK, @Nullable String mode,
			@Nullable String fusion, @Nullable Double diversity, @Nullable List<Long> documentIds,
			@Nullable Map<String, String> metadata) {
	}

	/**
	 * Search results.
	 *
	 * @param query the query as searched
	 * @param results ranked chunks
	 * @param tookMs server time
	 */
	public record SearchResponse(String query, List<SearchHit> results, double tookMs) {
	}

	/**
	 * One ranked chunk with its provenance.
	 *
	 * @param rank 1-based rank
	 * @param chunkId chunk id
	 * @param documentId document
	 * @param score fused score
	 * @param pageStart first page
	 * @param pageEnd last page
	 * @param headingPath headings above the chunk
	 * @param snippet text around the query terms, HTML-escaped, terms marked with
	 * {@code <em>}
	 * @param text the whole chunk
	 * @param keywordRank rank in the BM25 list
	 * @param vectorRank rank in the vector list
	 * @param location the page regions, images and time span of the chunk, with the URLs
	 * of their images
	 */
	public record SearchHit(int rank, String chunkId, long documentId, double score, int pageStart, int pageEnd,
			List<String> headingPath, String snippet, String text, @Nullable Integer keywordRank,
			@Nullable Integer vectorRank, LocationView location) {

		static SearchHit of(int rank, SearchResult result, String collection) {
			StoredChunk chunk = result.chunk();
			return new SearchHit(rank, chunk.id(), chunk.documentId(), result.score(), chunk.pageStart(),
					chunk.pageEnd(), chunk.headingPath(), result.snippet(), chunk.text(), result.keywordRank(),
					result.vectorRank(), LocationView.of(collection, chunk.documentId(), chunk.location()));
		}

	}

}
