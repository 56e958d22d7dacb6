package io.cairn.encoders.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;

/**
 * Loads text encoders by name and caches them: asking twice for the same model with the
 * same settings returns the same loaded encoder. Names are those of
 * {@link TextEncoderModel#resolve}: {@code bge-small-en-v1.5}, {@code bge-small-zh-v1.5},
 * {@code all-minilm-l6-v2} or {@code dir:/path}. Thread-safe; {@link #close()} closes
 * every encoder it loaded.
 */
public final class TextEncoders implements AutoCloseable {

	private final OnnxSettings defaultOnnx;

	private final TextEncoderOptions defaultOptions;

	private final Map<OnnxSettings, OnnxSessionFactory> factories = new LinkedHashMap<>();

	private final Map<Key, LoadedTextEncoder> loaded = new LinkedHashMap<>();

	private boolean closed;

	/**
	 * @param defaultOnnx device and threads for {@link #get(String)}
	 * @param defaultOptions batching for {@link #get(String)}
	 */
	public TextEncoders(OnnxSettings defaultOnnx, TextEncoderOptions defaultOptions) {
		this.defaultOnnx = defaultOnnx;
		this.defaultOptions = defaultOptions;
	}

	/**
	 * A registry for the CPU with one intra-op thread per processor and default batching.
	 */
	public TextEncoders() {
		this(OnnxSettings.defaults(), TextEncoderOptions.defaults());
	}

	/** The encoder of a model name with the registry's default settings. */
	public LoadedTextEncoder get(String modelName) {
		return get(TextEncoderModel.resolve(modelName), this.defaultOnnx, this.defaultOptions);
	}

	/** The encoder of a model description with the registry's default settings. */
	public LoadedTextEncoder get(TextEncoderModel model) {
		return get(model, this.defaultOnnx, this.defaultOptions);
	}

	/**
	 * The encoder of a model name with explicit settings.
	 * @param modelName bundled name or {@code dir:/path}
	 * @param onnx device and intra-op threads
	 * @param options batch size and concurrency
	 * @return the loaded encoder and its token counter (owned by this registry: do not
	 * close them)
	 */
	public LoadedTextEncoder get(String modelName, OnnxSettings onnx, TextEncoderOptions options) {
		return get(TextEncoderModel.resolve(modelName), onnx, options);
	}

	/** The encoder of a model description with explicit settings. */
	public synchronized LoadedTextEncoder get(TextEncoderModel model, OnnxSettings onnx, TextEncoderOptions options) {
		if (this.closed) {
			throw new IllegalStateException("TextEncoders registry is closed");
		}
		Key key = new Key(model, onnx, options);
		LoadedTextEncoder existing = this.loaded.get(key);
		if (existing != null && !existing.encoder().isClosed()) {
			return existing;
		}
		if (existing != null) {
			existing.close();
		}
		OnnxSessionFactory sessions = this.factories.computeIfAbsent(onnx, OnnxSessionFactory::new);
		OnnxTextEncoder encoder = OnnxTextEncoder.load(model, sessions, options);
		OnnxTokenCounter counter;
		try {
			counter = OnnxTokenCounter.load(model);
		}
		catch (RuntimeException ex) {
			encoder.close();
			throw ex;
		}
		LoadedTextEncoder created = new LoadedTextEncoder(encoder, counter);
		this.loaded.put(key, created);
		return created;
	}

	/** Closes every encoder this registry loaded. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		List<RuntimeException> failures = new ArrayList<>();
		for (LoadedTextEncoder encoder : this.loaded.values()) {
			try {
				encoder.close();
			}
			catch (RuntimeException ex) {
				failures.add(ex);
			}
		}
		this.loaded.clear();
		if (!failures.isEmpty()) {
			RuntimeException failure = failures.get(0);
			failures.subList(1, failures.size()).forEach(failure::addSuppressed);
			throw failure;
		}
	}

	private record Key(TextEncoderModel model, OnnxSettings onnx, TextEncoderOptions options) {
	}

}
