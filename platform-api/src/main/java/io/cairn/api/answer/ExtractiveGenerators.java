package io.cairn.api.answer;

import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.retrieval.EmbeddingSpaces;

/** Builds the extractive generator over the collection languages' encoders. */
final class ExtractiveGenerators {

	private ExtractiveGenerators() {
	}

	static AnswerGenerator create(EmbeddingSpaces spaces, int contextTokens) {
		throw new UnsupportedOperationException("wired when the extractive answerer lands");
	}

}
