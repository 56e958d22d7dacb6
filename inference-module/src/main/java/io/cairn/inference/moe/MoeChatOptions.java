package io.cairn.inference.moe;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.prompt.ChatOptions;

/**
 * Chat options of the MoE generator: the portable ones plus a repetition penalty, a seed
 * and {@code jsonSchema}, a JSON Schema the answer is constrained to. Options of another
 * type are honoured for their portable fields.
 */
public final class MoeChatOptions implements ChatOptions {

	private final Values values;

	private MoeChatOptions(Values values) {
		this.values = values;
	}

	/** The option values; {@code null} means the generator's default. */
	record Values(@Nullable String model, @Nullable Integer maxTokens, @Nullable Double temperature,
			@Nullable Integer topK, @Nullable Double topP, @Nullable List<String> stopSequences,
			@Nullable Double frequencyPenalty, @Nullable Double presencePenalty, @Nullable Double repetitionPenalty,
			@Nullable Long seed, @Nullable String jsonSchema) {

		static final Values NONE = new Values(null, null, null, null, null, null, null, null, null, null, null);

	}

	public static Builder builder() {
		return new Builder(Values.NONE);
	}

	@Override
	public @Nullable String getModel() {
		return this.values.model();
	}

	@Override
	public @Nullable Double getFrequencyPenalty() {
		return this.values.frequencyPenalty();
	}

	@Override
	public @Nullable Integer getMaxTokens() {
		return this.values.maxTokens();
	}

	@Override
	public @Nullable Double getPresencePenalty() {
		return this.values.presencePenalty();
	}

	@Override
	public @Nullable List<String> getStopSequences() {
		return this.values.stopSequences();
	}

	@Override
	public @Nullable Double getTemperature() {
		return this.values.temperature();
	}

	@Override
	public @Nullable Integer getTopK() {
		return this.values.topK();
	}

	@Override
	public @Nullable Double getTopP() {
		return this.values.topP();
	}

	public @Nullable Double getRepetitionPenalty() {
		return this.values.repetitionPenalty();
	}

	public @Nullable Long getSeed() {
		return this.values.seed();
	}

	/** The JSON Schema the answer must satisfy, or {@code null}. */
	public @Nullable String getJsonSchema() {
		return this.values.jsonSchema();
	}

	@Override
	public Builder mutate() {
		return new Builder(this.values);
	}

	@Override
	public String toString() {
		return "MoeChatOptions" + this.values;
	}

	/** Builds {@link MoeChatOptions}. */
	public static final class Builder implements ChatOptions.Builder<Builder> {

		private Values v;

		Builder(Values values) {
			this.v = values;
		}

		@Override
		public Builder clone() {
			return new Builder(this.v);
		}

		@Override
		public Builder model(@Nullable String model) {
			this.v = new Values(model, v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder frequencyPenalty(@Nullable Double penalty) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					penalty, v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder maxTokens(@Nullable Integer maxTokens) {
			this.v = new Values(v.model(), maxTokens, v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder presencePenalty(@Nullable Double penalty) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), penalty, v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder stopSequences(@Nullable List<String> stop) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), stop,
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder temperature(@Nullable Double temperature) {
			this.v = new Values(v.model(), v.maxTokens(), temperature, v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder topK(@Nullable Integer topK) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), topK, v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		@Override
		public Builder topP(@Nullable Double topP) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), topP, v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), v.jsonSchema());
			return this;
		}

		public Builder repetitionPenalty(@Nullable Double penalty) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), penalty, v.seed(), v.jsonSchema());
			return this;
		}

		public Builder seed(@Nullable Long seed) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), seed, v.jsonSchema());
			return this;
		}

		/** Constrains the answer to JSON valid against this schema. */
		public Builder jsonSchema(@Nullable String schema) {
			this.v = new Values(v.model(), v.maxTokens(), v.temperature(), v.topK(), v.topP(), v.stopSequences(),
					v.frequencyPenalty(), v.presencePenalty(), v.repetitionPenalty(), v.seed(), schema);
			return this;
		}

		@Override
		public Builder combineWith(ChatOptions.Builder<?> other) {
			ChatOptions o = other.build();
			model(pick(o.getModel(), v.model())).maxTokens(pick(o.getMaxTokens(), v.maxTokens()))
				.temperature(pick(o.getTemperature(), v.temperature()))
				.topK(pick(o.getTopK(), v.topK()))
				.topP(pick(o.getTopP(), v.topP()))
				.stopSequences(pick(o.getStopSequences(), v.stopSequences()))
				.frequencyPenalty(pick(o.getFrequencyPenalty(), v.frequencyPenalty()))
				.presencePenalty(pick(o.getPresencePenalty(), v.presencePenalty()));
			if (o instanceof MoeChatOptions moe) {
				repetitionPenalty(pick(moe.getRepetitionPenalty(), v.repetitionPenalty()))
					.seed(pick(moe.getSeed(), v.seed()))
					.jsonSchema(pick(moe.getJsonSchema(), v.jsonSchema()));
			}
			return this;
		}

		private static <T> @Nullable T pick(@Nullable T preferred, @Nullable T fallback) {
			return (preferred != null) ? preferred : fallback;
		}

		@Override
		public MoeChatOptions build() {
			return new MoeChatOptions(this.v);
		}

	}

}
