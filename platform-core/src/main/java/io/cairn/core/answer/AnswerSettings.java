package io.cairn.core.answer;

/**
 * How answers are produced.
 *
 * @param topK chunks retrieved per question before the context budget applies
 * @param minRetrievalSimilarity refuse without generating when the question's cosine
 * similarity to its best retrieved chunk is below this (measured on TAT-QA, see
 * docs/benchmarks.md)
 * @param minSentenceSupport share of a sentence's content terms a source sentence must
 * contain for the citation check to accept it
 * @param maxQuestionCharacters longest question accepted
 */
public record AnswerSettings(int topK, double minRetrievalSimilarity, double minSentenceSupport,
		int maxQuestionCharacters) {

	public AnswerSettings {
		if (topK < 1 || topK > 100) {
			throw new IllegalArgumentException("topK must be between 1 and 100, was " + topK);
		}
		if (minRetrievalSimilarity < -1 || minRetrievalSimilarity > 1) {
			throw new IllegalArgumentException("minRetrievalSimilarity must be within [-1, 1]");
		}
		if (maxQuestionCharacters < 1) {
			throw new IllegalArgumentException("maxQuestionCharacters must be positive");
		}
	}

	public static AnswerSettings defaults() {
		return new AnswerSettings(8, 0.0, 0.6, 4096);
	}

}
