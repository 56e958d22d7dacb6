package io.cairn.api.answer;

import io.cairn.api.config.GeneratorProperties;
import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.answer.UnsupportedSentences;
import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.inference.extractive.ExtractiveAnswerer;
import io.cairn.inference.extractive.ExtractiveSettings;
import io.cairn.inference.extractive.SentenceEncoders;
import org.springframework.ai.chat.prompt.ChatOptions;

/** Builds the extractive generator over the encoders of each collection language. */
final class ExtractiveGenerators {

	static final String NAME = "extractive";

	private ExtractiveGenerators() {
	}

	static AnswerGenerator create(EmbeddingSpaces spaces, int contextTokens, GeneratorProperties.Extractive settings) {
		ExtractiveAnswerer answerer = new ExtractiveAnswerer(encoders(spaces, Language.ENGLISH),
				encoders(spaces, Language.CHINESE),
				ExtractiveSettings.defaults()
					.withMinSupport(settings.minSupport())
					.withCandidateCap(settings.candidateCap()));
		return new AnswerGenerator(NAME, answerer, ChatOptions.builder().model(NAME).build(), contextTokens,
				UnsupportedSentences.DROP);
	}

	private static SentenceEncoders encoders(EmbeddingSpaces spaces, Language language) {
		return new SentenceEncoders(new LanguageEncoder(spaces, language, true),
				new LanguageEncoder(spaces, language, false));
	}

}
