package io.cairn.core.answer;

import java.util.List;

import io.cairn.core.retrieval.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * A question to one collection.
 *
 * @param question the user's words
 * @param filter documents and metadata to restrict the search to; its collection part is
 * set by the service
 * @param topK chunks to retrieve, or null for the configured default
 * @param history the conversation's earlier turns, oldest first
 */
public record AnswerRequest(@Nullable String question, SearchFilter filter, @Nullable Integer topK,
		List<PriorTurn> history) {

	public AnswerRequest {
		history = List.copyOf(history);
	}

	public static AnswerRequest of(String question, long collectionId) {
		return new AnswerRequest(question, SearchFilter.collection(collectionId), null, List.of());
	}

}
