package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * Retrieval for one field: a query from its name (split into words), title, description,
 * parent names and the caller's instructions; the passages of the top chunks.
 */
record FieldSearch(HybridSearcher searcher, KnowledgeCollection collection, @Nullable String instructions,
		SearchFilter filter) {

	static String query(String name, SchemaNode field, List<String> parents, @Nullable String instructions,
			int maxCharacters) {
		StringBuilder query = new StringBuilder(Words.spoken(name));
		append(query, field.title());
		append(query, field.description());
		parents.forEach((parent) -> append(query, Words.spoken(parent)));
		append(query, (instructions != null) ? instructions : "");
		String text = query.toString().strip();
		return (text.length() <= maxCharacters) ? text : text.substring(0, maxCharacters);
	}

	/** The passages of the top {@code chunks} chunks for the query, chunk rank kept. */
	List<Passage> passages(String query, int chunks) {
		if (query.isBlank()) {
			return List.of();
		}
		List<SearchResult> results = this.searcher.search(this.collection,
				SearchRequest.hybrid(query, this.filter, chunks));
		List<Passage> passages = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			passages.addAll(Passages.of(results.get(i).chunk(), i + 1));
		}
		return passages;
	}

	/**
	 * Passages that speak about the field (coverage at least {@code minCoverage}), best
	 * first: most field words, then the better-ranked chunk, then the earlier passage.
	 */
	static List<Passage> supporting(List<Passage> passages, FieldTerms terms, double minCoverage) {
		return passages.stream()
			.filter((passage) -> terms.coverage(passage.words()) >= minCoverage)
			.sorted(Comparator.comparingDouble((Passage passage) -> -terms.weight(passage.words(), passage.context()))
				.thenComparingInt(Passage::rank)
				.thenComparingInt(Passage::start))
			.toList();
	}

	private static void append(StringBuilder query, String text) {
		if (!text.isBlank()) {
			query.append(' ').append(text.strip());
		}
	}

}
