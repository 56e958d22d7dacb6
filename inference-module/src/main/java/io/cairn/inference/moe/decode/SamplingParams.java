package io.cairn.inference.moe.decode;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one request is decoded.
 *
 * @param maxTokens most tokens to generate
 * @param temperature 0 for greedy decoding
 * @param topK keep only the k most likely tokens, 0 for all
 * @param topP keep the smallest set of tokens whose probability reaches p, 1 for all
 * @param repetitionPenalty divides positive (multiplies negative) logits of tokens
 * already in the sequence, 1 for none
 * @param stop strings that end the generation (not included in the output)
 * @param seed random seed for sampling
 * @param jsonSchema a JSON Schema the output must satisfy, or {@code null}
 */
public record SamplingParams(int maxTokens, double temperature, int topK, double topP, double repetitionPenalty,
		List<String> stop, long seed, @Nullable String jsonSchema) {

	public SamplingParams {
		if (maxTokens < 1) {
			throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
		}
		if (temperature < 0 || topK < 0 || topP <= 0 || topP > 1 || repetitionPenalty <= 0) {
			throw new IllegalArgumentException("invalid sampling parameters: temperature " + temperature + ", topK "
					+ topK + ", topP " + topP + ", repetitionPenalty " + repetitionPenalty);
		}
		stop = List.copyOf(stop);
	}

	/** Greedy decoding of up to {@code maxTokens} tokens. */
	public static SamplingParams greedy(int maxTokens) {
		return new SamplingParams(maxTokens, 0, 0, 1, 1, List.of(), 0, null);
	}

	public SamplingParams withJsonSchema(@Nullable String schema) {
		return new SamplingParams(this.maxTokens, this.temperature, this.topK, this.topP, this.repetitionPenalty,
				this.stop, this.seed, schema);
	}

	public SamplingParams withSampling(double newTemperature, int newTopK, double newTopP, long newSeed) {
		return new SamplingParams(this.maxTokens, newTemperature, newTopK, newTopP, this.repetitionPenalty, this.stop,
				newSeed, this.jsonSchema);
	}

	public SamplingParams withStop(List<String> newStop) {
		return new SamplingParams(this.maxTokens, this.temperature, this.topK, this.topP, this.repetitionPenalty,
				newStop, this.seed, this.jsonSchema);
	}

	public SamplingParams withRepetitionPenalty(double penalty) {
		return new SamplingParams(this.maxTokens, this.temperature, this.topK, this.topP, penalty, this.stop, this.seed,
				this.jsonSchema);
	}

}
