package io.cairn.api.bench;

import java.util.Locale;

import io.cairn.core.chunking.TokenCounter;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.BatchExecution;
import io.cairn.encoders.text.LoadedTextEncoder;
import io.cairn.encoders.text.TextEncoderModel;
import io.cairn.encoders.text.TextEncoderOptions;
import io.cairn.encoders.text.TextEncoders;

import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The product's English text encoder (the bundled int8 bge-small-en-v1.5 on ONNX Runtime,
 * CPU), loaded through the {@link TextEncoders} registry with the default settings of
 * {@code cairn.encoders} (2 intra-op threads, batches of 32).
 */
final class BenchEncoder implements AutoCloseable {

	static final String MODEL = "bge-small-en-v1.5";

	/** {@code cairn.encoders.threads} default. */
	static final int DEFAULT_THREADS = 2;

	private final TextEncoders registry;

	private final LoadedTextEncoder loaded;

	private final int threads;

	private BenchEncoder(TextEncoders registry, LoadedTextEncoder loaded, int threads) {
		this.registry = registry;
		this.loaded = loaded;
		this.threads = threads;
	}

	/** The encoder as the application configures it by default. */
	static BenchEncoder english() {
		return english(DEFAULT_THREADS, 1);
	}

	/**
	 * The encoder with other execution settings.
	 * @param threads ONNX Runtime intra-op threads ({@code cairn.encoders.threads})
	 * @param concurrency batches encoded at the same time
	 */
	static BenchEncoder english(int threads, int concurrency) {
		return create(MODEL, threads, concurrency, BatchExecution.AUTO);
	}

	/**
	 * Any bundled model with explicit execution settings.
	 * @param model model name ({@code cairn.encoders.english})
	 * @param threads ONNX Runtime intra-op threads
	 * @param concurrency batches encoded at the same time
	 * @param execution how a batch is fed to ONNX Runtime
	 */
	static BenchEncoder create(String model, int threads, int concurrency, BatchExecution execution) {
		TextEncoders registry = new TextEncoders(OnnxSettings.cpu(threads),
				TextEncoderOptions.defaults().withConcurrency(concurrency).withExecution(execution));
		try {
			return new BenchEncoder(registry, registry.get(model), threads);
		}
		catch (RuntimeException ex) {
			registry.close();
			throw ex;
		}
	}

	/** The space name: the model name. */
	String name() {
		return this.loaded.model().name();
	}

	/** Passages as they are (no instruction). */
	EmbeddingModel passages() {
		return this.loaded.encoder();
	}

	/** Queries, with the model's query instruction. */
	EmbeddingModel queries() {
		return this.loaded.encoder().queryEncoder();
	}

	TokenCounter tokens() {
		return this.loaded.tokenCounter();
	}

	int dimensions() {
		return this.loaded.encoder().dimensions();
	}

	/** Model, device, threads, batching and the query instruction, for the report. */
	String describe() {
		TextEncoderModel model = this.loaded.model();
		int concurrency = this.loaded.encoder().options().concurrency();
		return String.format(Locale.ROOT,
				"int8 ONNX, %s pooling, %s with %d intra-op thread(s), batches of %d%s%s, query instruction \"%s\"",
				model.pooling(), this.loaded.encoder().device(), this.threads,
				this.loaded.encoder().options().batchSize(),
				this.loaded.encoder().runsPerSequence() ? " run one sequence at a time (dynamically quantized model)"
						: " padded",
				(concurrency > 1) ? ", " + concurrency + " batches at a time" : "", model.queryInstruction().strip());
	}

	@Override
	public void close() {
		this.registry.close();
	}

}
