package io.cairn.api.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The generator that writes answers.
 *
 * @param type {@code extractive} (default, no weights: answers with sentences copied from
 * the sources), {@code remote} (an OpenAI-compatible server) or {@code moe} (Cairn's own
 * decoder engine on a local checkpoint)
 * @param contextTokens tokens of retrieved sources given to the generator per question
 * @param extractive tuning of the extractive generator
 * @param remote the OpenAI-compatible server, for {@code type=remote}
 * @param moe the local checkpoint, for {@code type=moe}
 */
@Validated
@ConfigurationProperties("cairn.generator")
public record GeneratorProperties(@DefaultValue("extractive") Type type,
		@DefaultValue("1800") @Min(64) int contextTokens, @DefaultValue @Valid Extractive extractive,
		@DefaultValue @Valid Remote remote, @DefaultValue @Valid Moe moe) {

	/** Generator kinds. */
	public enum Type {

		EXTRACTIVE, REMOTE, MOE

	}

	/**
	 * The extractive generator.
	 *
	 * @param minSupport the least support score (0 to 1) a source sentence needs to be
	 * used; below it the generator refuses (measured on TAT-QA, docs/benchmarks.md)
	 * @param candidateCap source sentences embedded per question (pre-ranked by shared
	 * words and numbers); the main cost of an extractive answer
	 */
	public record Extractive(@DefaultValue("0.64") @DecimalMin("0") @DecimalMax("1") double minSupport,
			@DefaultValue("8") @Min(1) int candidateCap) {
	}

	/**
	 * An OpenAI-compatible chat server (vLLM, SGLang, DeepSeek, Ollama, OpenAI, another
	 * Cairn).
	 *
	 * @param baseUrl API root including {@code /v1}
	 * @param model model name the server expects
	 * @param apiKey key sent as a bearer token; never logged
	 * @param timeout time allowed per request
	 * @param maxRetries retries on connection errors, 429 and 5xx
	 * @param temperature sampling temperature
	 * @param maxTokens longest answer to ask for
	 */
	public record Remote(@Nullable String baseUrl, @Nullable String model, @Nullable String apiKey,
			@DefaultValue("60s") Duration timeout, @DefaultValue("1") @Min(0) int maxRetries,
			@DefaultValue("0.0") @DecimalMin("0") @DecimalMax("2") double temperature,
			@DefaultValue("512") @Min(1) int maxTokens) {

		/** Never shows the key. */
		@Override
		public String toString() {
			return "Remote[baseUrl=" + this.baseUrl + ", model=" + this.model + ", apiKey="
					+ ((this.apiKey != null) ? "(set)" : "(none)") + "]";
		}

	}

	/**
	 * A local Mixture-of-Experts or dense decoder checkpoint, run by Cairn's own engine
	 * on ONNX Runtime.
	 *
	 * @param modelDir directory with config.json, *.safetensors and tokenizer.json
	 * @param device {@code cpu} or {@code cuda}
	 * @param strict with {@code cuda}: fail at startup when CUDA is unavailable instead
	 * of falling back to the CPU
	 * @param maxContext longest sequence, prompt plus answer, in tokens
	 * @param slidingWindow attention window in tokens; 0 for the checkpoint's own
	 * @param maxBatch requests decoded together (continuous batching)
	 * @param threads ONNX Runtime intra-op threads; 0 for all cores
	 * @param loraAdapter a PEFT LoRA adapter directory merged at load time
	 * @param fusedOperators ONNX Runtime's fused RMSNorm and rotary operators (standard
	 * operators when false)
	 */
	public record Moe(@Nullable Path modelDir, @DefaultValue("cpu") String device,
			@DefaultValue("false") boolean strict, @DefaultValue("4096") @Min(2) int maxContext,
			@DefaultValue("0") @Min(0) int slidingWindow, @DefaultValue("8") @Min(1) int maxBatch,
			@DefaultValue("0") @Min(0) int threads, @Nullable Path loraAdapter,
			@DefaultValue("true") boolean fusedOperators) {
	}

}
