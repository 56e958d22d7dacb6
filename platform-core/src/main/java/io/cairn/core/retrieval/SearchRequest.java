package io.cairn.core.retrieval;

import org.jspecify.annotations.Nullable;

/**
 * A search within one collection.
 *
 * @param query the user's words
 * @param filter restriction; its collection part is set by the searcher
 * @param topK results wanted
 * @param mode which indexes to consult
 * @param fusion fusion method, or null for the configured default
 * @param mmrLambda relevance/diversity trade-off, or null for the configured default
 */
public record SearchRequest(String query, SearchFilter filter, int topK, RetrievalMode mode,
		@Nullable FusionMethod fusion, @Nullable Double mmrLambda) {

	public static SearchRequest hybrid(String query, SearchFilter filter, int topK) {
		return new SearchRequest(query, filter, topK, RetrievalMode.HYBRID, null, null);
	}

}
