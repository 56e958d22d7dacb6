package io.cairn.inference.moe;

import java.nio.file.Path;

import io.cairn.encoders.onnx.OnnxDevice;
import org.jspecify.annotations.Nullable;

/**
 * How the MoE generator loads and runs a checkpoint.
 *
 * @param modelDirectory holds config.json, *.safetensors and tokenizer.json
 * @param device cpu or cuda
 * @param strict with cuda: fail when CUDA is unavailable instead of falling back to the
 * CPU
 * @param maxContext longest sequence, prompt plus answer, in tokens
 * @param threads ONNX Runtime intra-op threads
 * @param slidingWindow attention window in tokens, 0 for the checkpoint's own (full
 * attention when it has none)
 * @param maxBatch most requests decoded together (continuous batching)
 * @param defaultMaxTokens answer length when a request does not say
 * @param loraAdapter a PEFT LoRA adapter directory merged at load time, or {@code null}
 * @param fusedOperators use ONNX Runtime's fused RMSNorm and rotary-embedding operators
 * (standard operators when {@code false}, or when the device cannot run them)
 */
public record MoeSettings(Path modelDirectory, OnnxDevice device, boolean strict, int maxContext, int threads,
		int slidingWindow, int maxBatch, int defaultMaxTokens, @Nullable Path loraAdapter, boolean fusedOperators) {

	public MoeSettings {
		if (maxContext < 2 || threads < 1 || slidingWindow < 0 || maxBatch < 1 || defaultMaxTokens < 1) {
			throw new IllegalArgumentException(
					"invalid MoE settings: maxContext " + maxContext + ", threads " + threads + ", slidingWindow "
							+ slidingWindow + ", maxBatch " + maxBatch + ", defaultMaxTokens " + defaultMaxTokens);
		}
	}

	/** CPU defaults for a model directory. */
	public static MoeSettings of(Path modelDirectory) {
		return new MoeSettings(modelDirectory, OnnxDevice.CPU, false, 4096,
				Math.max(1, Runtime.getRuntime().availableProcessors()), 0, 8, 512, null, true);
	}

	public MoeSettings withDevice(OnnxDevice newDevice, boolean newStrict) {
		return new MoeSettings(this.modelDirectory, newDevice, newStrict, this.maxContext, this.threads,
				this.slidingWindow, this.maxBatch, this.defaultMaxTokens, this.loraAdapter, this.fusedOperators);
	}

	public MoeSettings withContext(int newMaxContext, int newSlidingWindow) {
		return new MoeSettings(this.modelDirectory, this.device, this.strict, newMaxContext, this.threads,
				newSlidingWindow, this.maxBatch, this.defaultMaxTokens, this.loraAdapter, this.fusedOperators);
	}

	public MoeSettings withBatching(int newThreads, int newMaxBatch) {
		return new MoeSettings(this.modelDirectory, this.device, this.strict, this.maxContext, newThreads,
				this.slidingWindow, newMaxBatch, this.defaultMaxTokens, this.loraAdapter, this.fusedOperators);
	}

	public MoeSettings withFusedOperators(boolean fused) {
		return new MoeSettings(this.modelDirectory, this.device, this.strict, this.maxContext, this.threads,
				this.slidingWindow, this.maxBatch, this.defaultMaxTokens, this.loraAdapter, fused);
	}

	public MoeSettings withLoraAdapter(@Nullable Path adapter) {
		return new MoeSettings(this.modelDirectory, this.device, this.strict, this.maxContext, this.threads,
				this.slidingWindow, this.maxBatch, this.defaultMaxTokens, adapter, this.fusedOperators);
	}

}
