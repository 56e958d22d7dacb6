package io.cairn.encoders.clip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/**
 * The text half of a CLIP-type model: the model's {@code tokenizer.json}, then
 * {@code input_ids} (and {@code attention_mask} when the model takes it), one normalised
 * vector out. A model with a fixed sequence length (CLIP exports often use 77) gets its
 * ids padded to it.
 */
final class TextTower implements AutoCloseable {

	static {
		// DJL calls a metadata endpoint on first use unless told not to; Cairn runs
		// offline.
		if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
			System.setProperty("OPT_OUT_TRACKING", "true");
		}
	}

	static final String INPUT_IDS = "input_ids";

	static final String ATTENTION_MASK = "attention_mask";

	/** CLIP's context length, used when the model does not fix one. */
	private static final int DEFAULT_MAX_TOKENS = 77;

	private static final List<String> OUTPUTS = List.of("text_embeds", "embeddings", "pooler_output");

	private final OnnxSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final String output;

	private final boolean mask;

	private final boolean int32;

	/** The fixed sequence length, or 0 when the model takes any length. */
	private final int fixedLength;

	TextTower(OnnxSession session, Path tokenizerFile) {
		this.session = session;
		Map<String, NodeInfo> inputs;
		try {
			inputs = session.ort().getInputInfo();
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read the inputs of " + session.name(), ex);
		}
		if (!inputs.containsKey(INPUT_IDS) || !List.of(INPUT_IDS, ATTENTION_MASK).containsAll(inputs.keySet())) {
			throw new IllegalArgumentException("The text tower " + session.name()
					+ " must take input_ids and optionally attention_mask, has " + inputs.keySet());
		}
		this.mask = inputs.containsKey(ATTENTION_MASK);
		TensorInfo ids = (TensorInfo) inputs.get(INPUT_IDS).getInfo();
		if (ids.getShape().length != 2 || (ids.type != OnnxJavaType.INT64 && ids.type != OnnxJavaType.INT32)) {
			throw new IllegalArgumentException(
					"input_ids of " + session.name() + " must be an int64 or int32 [batch, sequence] tensor");
		}
		this.int32 = ids.type == OnnxJavaType.INT32;
		long length = ids.getShape()[1];
		this.fixedLength = (length > 0) ? (int) length : 0;
		this.output = TowerOutputs.embeddingOutput(session, OUTPUTS);
		int maxTokens = (this.fixedLength > 0) ? this.fixedLength : DEFAULT_MAX_TOKENS;
		Map<String, String> options = new HashMap<>();
		options.put("addSpecialTokens", "true");
		options.put("truncation", "true");
		options.put("padding", "false");
		options.put("maxLength", Integer.toString(maxTokens));
		options.put("modelMaxLength", Integer.toString(maxTokens));
		try {
			this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerFile, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the tokenizer " + tokenizerFile, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Cannot load the tokenizer " + tokenizerFile + ": " + ex.getMessage(),
					ex);
		}
	}

	float[] embed(String text) {
		Encoding encoding = this.tokenizer.encode(text);
		long[] ids = encoding.getIds();
		long[] attention = encoding.getAttentionMask();
		int length = (this.fixedLength > 0) ? this.fixedLength : Math.max(1, ids.length);
		long[] paddedIds = new long[length];
		long[] paddedMask = new long[length];
		int n = Math.min(ids.length, length);
		System.arraycopy(ids, 0, paddedIds, 0, n);
		System.arraycopy(attention, 0, paddedMask, 0, n);
		OrtEnvironment env = OnnxEnvironment.get();
		long[] shape = { 1, length };
		try (OnnxTensor idTensor = tensor(env, paddedIds, shape);
				OnnxTensor maskTensor = tensor(env, paddedMask, shape);
				OrtSession.Result result = this.session.ort()
					.run(this.mask ? Map.of(INPUT_IDS, idTensor, ATTENTION_MASK, maskTensor)
							: Map.of(INPUT_IDS, idTensor))) {
			return TowerOutputs.firstRow(result, this.output, this.session.name());
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("The text tower " + this.session.name() + " failed", ex);
		}
	}

	private OnnxTensor tensor(OrtEnvironment env, long[] values, long[] shape) throws OrtException {
		if (!this.int32) {
			return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
		}
		int[] ints = new int[values.length];
		for (int i = 0; i < ints.length; i++) {
			ints[i] = Math.toIntExact(values[i]);
		}
		return OnnxTensor.createTensor(env, IntBuffer.wrap(ints), shape);
	}

	/** The vector length: declared by the model, else measured on a probe input. */
	int dimensions() {
		int declared = TowerOutputs.declaredDimensions(this.session, this.output);
		return (declared > 0) ? declared : embed("a photo").length;
	}

	OnnxSession session() {
		return this.session;
	}

	@Override
	public void close() {
		this.tokenizer.close();
	}

}
