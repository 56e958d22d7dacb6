package io.cairn.inference.extractive;

import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The encoders of one language: questions may carry a retrieval instruction (bge), the
 * sentences of the sources are embedded as passages.
 *
 * @param questions embeds the question
 * @param passages embeds the candidate sentences, all in one call
 */
public record SentenceEncoders(EmbeddingModel questions, EmbeddingModel passages) {

	/** One model for both. */
	public static SentenceEncoders of(EmbeddingModel model) {
		return new SentenceEncoders(model, model);
	}

}
