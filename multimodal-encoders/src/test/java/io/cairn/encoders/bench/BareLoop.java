package io.cairn.encoders.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.text.ModelSource;
import io.cairn.encoders.text.Pooling;
import io.cairn.encoders.text.TextEncoderModel;

/**
 * The baseline: ONNX Runtime and the DJL tokenizer called directly, batch by batch, with
 * nothing of Cairn's encoder in between (only {@link OnnxEnvironment}, which a long
 * {@code java -cp} command line needs to start ONNX Runtime at all).
 */
final class BareLoop implements AutoCloseable {

	private final TextEncoderModel model;

	private final OrtEnvironment env;

	private final OrtSession.SessionOptions options;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final int batch;

	BareLoop(TextEncoderModel model, int threads, int batch) throws OrtException, IOException {
		this.model = model;
		this.batch = batch;
		this.env = OnnxEnvironment.get();
		this.options = new OrtSession.SessionOptions();
		this.options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
		this.options.setIntraOpNumThreads(threads);
		this.options.setInterOpNumThreads(1);
		Map<String, String> tokenizerOptions = new HashMap<>();
		tokenizerOptions.put("addSpecialTokens", "true");
		tokenizerOptions.put("truncation", "true");
		tokenizerOptions.put("maxLength", Integer.toString(model.maxSequenceLength()));
		tokenizerOptions.put("padding", "false");
		tokenizerOptions.put("doLowerCase", Boolean.toString(model.lowercase()));
		switch (model.source()) {
			case ModelSource.Classpath classpath -> {
				this.session = this.env.createSession(resource(classpath.model()).readAllBytes(), this.options);
				try (InputStream in = resource(classpath.tokenizer())) {
					this.tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions);
				}
			}
			case ModelSource.Files files -> {
				this.session = this.env.createSession(files.model().toString(), this.options);
				this.tokenizer = HuggingFaceTokenizer.newInstance(files.tokenizer(), tokenizerOptions);
			}
		}
	}

	/** Tokens (special tokens included, after truncation) of every passage. */
	long tokens(List<String> passages) {
		long tokens = 0;
		for (Encoding encoding : this.tokenizer.batchEncode(passages)) {
			tokens += encoding.getIds().length;
		}
		return tokens;
	}

	/** Batches in input order, each padded to its longest text: the plain loop. */
	List<float[]> padded(List<String> passages) throws OrtException {
		List<float[]> vectors = new ArrayList<>(passages.size());
		for (int start = 0; start < passages.size(); start += this.batch) {
			Encoding[] encodings = this.tokenizer
				.batchEncode(passages.subList(start, Math.min(passages.size(), start + this.batch)));
			long[][] ids = new long[encodings.length][];
			for (int i = 0; i < encodings.length; i++) {
				ids[i] = encodings[i].getIds();
			}
			vectors.addAll(Arrays.asList(run(ids)));
		}
		return vectors;
	}

	/** Control: all texts tokenized first, sorted by length, then padded batches. */
	List<float[]> sortedPadded(List<String> passages) throws OrtException {
		long[][] ids = ids(passages);
		Integer[] order = new Integer[ids.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids[i].length).reversed());
		float[][] vectors = new float[ids.length][];
		for (int start = 0; start < ids.length; start += this.batch) {
			int end = Math.min(ids.length, start + this.batch);
			long[][] chunk = new long[end - start][];
			for (int i = start; i < end; i++) {
				chunk[i - start] = ids[order[i]];
			}
			float[][] embedded = run(chunk);
			for (int i = start; i < end; i++) {
				vectors[order[i]] = embedded[i - start];
			}
		}
		return Arrays.asList(vectors);
	}

	/** Control: one run per text, no padding. */
	List<float[]> perSequence(List<String> passages) throws OrtException {
		List<float[]> vectors = new ArrayList<>(passages.size());
		for (long[] sequence : ids(passages)) {
			vectors.add(run(new long[][] { sequence })[0]);
		}
		return vectors;
	}

	private long[][] ids(List<String> passages) {
		Encoding[] encodings = this.tokenizer.batchEncode(passages);
		long[][] ids = new long[encodings.length][];
		for (int i = 0; i < encodings.length; i++) {
			ids[i] = encodings[i].getIds();
		}
		return ids;
	}

	private float[][] run(long[][] sequences) throws OrtException {
		int rows = sequences.length;
		int length = Arrays.stream(sequences).mapToInt((s) -> s.length).max().orElse(0);
		long[] ids = new long[rows * length];
		long[] mask = new long[rows * length];
		for (int row = 0; row < rows; row++) {
			System.arraycopy(sequences[row], 0, ids, row * length, sequences[row].length);
			Arrays.fill(mask, row * length, row * length + sequences[row].length, 1L);
		}
		long[] shape = { rows, length };
		try (OnnxTensor idsTensor = OnnxTensor.createTensor(this.env, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.env, LongBuffer.wrap(mask), shape);
				OnnxTensor typesTensor = OnnxTensor.createTensor(this.env, LongBuffer.wrap(new long[rows * length]),
						shape);
				OrtSession.Result result = this.session
					.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
			OnnxTensor hidden = (OnnxTensor) result.get(0);
			int size = (int) hidden.getInfo().getShape()[2];
			FloatBuffer values = hidden.getFloatBuffer();
			float[][] vectors = new float[rows][size];
			for (int row = 0; row < rows; row++) {
				int base = row * length * size;
				if (this.model.pooling() == Pooling.CLS) {
					values.get(base, vectors[row]);
				}
				else {
					for (int t = 0; t < sequences[row].length; t++) {
						for (int h = 0; h < size; h++) {
							vectors[row][h] += values.get(base + t * size + h);
						}
					}
				}
				double norm = 0;
				for (float v : vectors[row]) {
					norm += v * v;
				}
				for (int h = 0; h < size; h++) {
					vectors[row][h] /= (float) Math.sqrt(norm);
				}
			}
			return vectors;
		}
	}

	private static InputStream resource(String name) {
		return Objects.requireNonNull(BareLoop.class.getClassLoader().getResourceAsStream(name), name);
	}

	@Override
	public void close() throws OrtException {
		this.session.close();
		this.options.close();
		this.tokenizer.close();
	}

}
