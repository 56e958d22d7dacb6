package io.cairn.api.config;

import io.cairn.core.answer.AnswerSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How answers are grounded; the thresholds are measured on TAT-QA (docs/benchmarks.md).
 *
 * @param topK chunks retrieved per question
 * @param minRetrievalSimilarity refuse when the best chunk's cosine similarity to the
 * question is below this
 * @param minSentenceSupport share of a sentence's content words a source sentence must
 * hold for the sentence to count as supported
 * @param maxQuestionCharacters longest question accepted
 */
@Validated
@ConfigurationProperties("cairn.answers")
public record AnswerProperties(@DefaultValue("8") @Min(1) @Max(100) int topK,
		@DefaultValue("0.0") @DecimalMin("-1") @DecimalMax("1") double minRetrievalSimilarity,
		@DefaultValue("0.6") @DecimalMin("0.05") @DecimalMax("1") double minSentenceSupport,
		@DefaultValue("4096") @Min(1) int maxQuestionCharacters) {

	public AnswerSettings settings() {
		return new AnswerSettings(this.topK, this.minRetrievalSimilarity, this.minSentenceSupport,
				this.maxQuestionCharacters);
	}

}
