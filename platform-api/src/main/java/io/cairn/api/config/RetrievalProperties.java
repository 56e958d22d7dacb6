package io.cairn.api.config;

import io.cairn.core.retrieval.FusionMethod;
import io.cairn.core.retrieval.RetrievalSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Hybrid retrieval tuning; the defaults are the measured best on SciFact
 * (docs/benchmarks.md).
 *
 * @param fusion how keyword and vector rankings are combined
 * @param rrfK k of reciprocal rank fusion
 * @param vectorWeight weight of the vector score in weighted fusion
 * @param candidates hits taken from each index before fusion
 * @param mmrLambda MMR relevance/diversity trade-off; 1 turns diversity off
 * @param maxQueryCharacters longest query accepted
 * @param efSearch HNSW search beam of pgvector
 */
@Validated
@ConfigurationProperties("cairn.retrieval")
public record RetrievalProperties(@DefaultValue("reciprocal-rank") FusionMethod fusion,
		@DefaultValue("10") @Min(1) int rrfK,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double vectorWeight,
		@DefaultValue("100") @Min(1) int candidates,
		@DefaultValue("1.0") @DecimalMin("0") @DecimalMax("1") double mmrLambda,
		@DefaultValue("4096") @Min(1) int maxQueryCharacters, @DefaultValue("100") @Min(1) int efSearch) {

	public RetrievalSettings settings() {
		return new RetrievalSettings(this.fusion, this.rrfK, this.vectorWeight, this.candidates, this.mmrLambda,
				this.maxQueryCharacters);
	}

}
