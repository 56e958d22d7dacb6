package io.cairn.core.retrieval;

import io.cairn.core.InvalidRequestException;

/** Rejects queries that cannot be searched, with a message a user can act on. */
final class QueryValidator {

	private QueryValidator() {
	}

	static String validate(@org.jspecify.annotations.Nullable String query, int maxCharacters, int topK) {
		if (query == null || query.isBlank()) {
			throw new InvalidRequestException("The query is empty: send the words to search for in 'query'.");
		}
		if (query.length() > maxCharacters) {
			throw new InvalidRequestException("The query has " + query.length() + " characters; the limit is "
					+ maxCharacters + ". Shorten it to the question or the key terms.");
		}
		if (topK < 1 || topK > 1000) {
			throw new InvalidRequestException("topK must be between 1 and 1000, was " + topK + ".");
		}
		return query.strip();
	}

}
