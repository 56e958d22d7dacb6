package io.cairn.encoders.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;

/** Opens the ONNX session and the DJL tokenizers of a {@link TextEncoderModel}. */
final class ModelFiles {

	static {
		// DJL calls an AWS metadata endpoint on first use unless told not to; Cairn runs
		// offline.
		if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
			System.setProperty("OPT_OUT_TRACKING", "true");
		}
	}

	private ModelFiles() {
	}

	static OnnxSession openSession(TextEncoderModel model, OnnxSessionFactory sessions) {
		return switch (model.source()) {
			case ModelSource.Classpath classpath ->
				sessions.open(model.name(), readResource(classpath, classpath.model()));
			case ModelSource.Files files -> sessions.open(files.model());
		};
	}

	/**
	 * The tokenizer the encoder uses: special tokens added, truncated to the maximum
	 * sequence length, no padding (batches are padded by the encoder).
	 */
	static HuggingFaceTokenizer encoderTokenizer(TextEncoderModel model) {
		Map<String, String> options = baseOptions(model);
		options.put("addSpecialTokens", "true");
		options.put("truncation", "true");
		options.put("maxLength", Integer.toString(model.maxSequenceLength()));
		return tokenizer(model, options);
	}

	/** The tokenizer for counting: no special tokens, no truncation, no padding. */
	static HuggingFaceTokenizer countingTokenizer(TextEncoderModel model) {
		Map<String, String> options = baseOptions(model);
		options.put("addSpecialTokens", "false");
		options.put("truncation", "false");
		return tokenizer(model, options);
	}

	private static Map<String, String> baseOptions(TextEncoderModel model) {
		Map<String, String> options = new HashMap<>();
		options.put("padding", "false");
		options.put("modelMaxLength", Integer.toString(model.maxSequenceLength()));
		options.put("doLowerCase", Boolean.toString(model.lowercase()));
		return options;
	}

	private static HuggingFaceTokenizer tokenizer(TextEncoderModel model, Map<String, String> options) {
		try {
			return switch (model.source()) {
				case ModelSource.Classpath classpath -> {
					try (InputStream in = openResource(classpath, classpath.tokenizer())) {
						yield HuggingFaceTokenizer.newInstance(in, options);
					}
				}
				case ModelSource.Files files -> HuggingFaceTokenizer.newInstance(files.tokenizer(), options);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the tokenizer of " + model.name(), ex);
		}
	}

	private static byte[] readResource(ModelSource.Classpath source, String resource) {
		try (InputStream in = openResource(source, resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read class path resource " + resource, ex);
		}
	}

	private static InputStream openResource(ModelSource.Classpath source, String resource) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		InputStream in = (loader != null) ? loader.getResourceAsStream(resource) : null;
		if (in == null) {
			in = ModelFiles.class.getClassLoader().getResourceAsStream(resource);
		}
		if (in == null) {
			throw new IllegalStateException("Class path resource " + resource + " not found: add the Maven artifact "
					+ source.artifact() + " to the class path");
		}
		return in;
	}

}
