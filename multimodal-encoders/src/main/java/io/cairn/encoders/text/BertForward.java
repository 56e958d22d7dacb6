package io.cairn.encoders.text;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;
import org.jspecify.annotations.Nullable;

/**
 * One forward pass of a BERT-style encoder over right-padded token ids, followed by
 * pooling and L2 normalisation. Every tensor and result is closed. Thread-safe (ONNX
 * Runtime sessions are).
 */
final class BertForward {

	static final String INPUT_IDS = "input_ids";

	static final String ATTENTION_MASK = "attention_mask";

	static final String TOKEN_TYPE_IDS = "token_type_ids";

	static final String LAST_HIDDEN_STATE = "last_hidden_state";

	private static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

	private final OnnxSession session;

	private final OrtEnvironment environment;

	private final Pooling pooling;

	private final String outputName;

	private final Set<String> outputNames;

	private final boolean attentionMask;

	private final boolean tokenTypes;

	/** Hidden size declared by the model, or 0 when the model leaves it symbolic. */
	private final int declaredHiddenSize;

	BertForward(OnnxSession session, Pooling pooling) {
		this.session = session;
		this.environment = OnnxEnvironment.get();
		this.pooling = pooling;
		Set<String> inputs = session.inputNames();
		if (!inputs.contains(INPUT_IDS) || !KNOWN_INPUTS.containsAll(inputs)) {
			throw new IllegalArgumentException("Model " + session.name() + " has inputs " + inputs
					+ "; a BERT-style encoder takes input_ids and optionally attention_mask and token_type_ids");
		}
		this.attentionMask = inputs.contains(ATTENTION_MASK);
		this.tokenTypes = inputs.contains(TOKEN_TYPE_IDS);
		try {
			Map<String, NodeInfo> outputs = session.ort().getOutputInfo();
			String name = outputs.containsKey(LAST_HIDDEN_STATE) ? LAST_HIDDEN_STATE : firstRank3(outputs);
			if (name == null) {
				throw new IllegalArgumentException("Model " + session.name() + " has no last_hidden_state output "
						+ "(nor any [batch, sequence, hidden] output): " + outputs.keySet());
			}
			this.outputName = name;
			this.outputNames = Set.of(name);
			long[] shape = ((TensorInfo) outputs.get(name).getInfo()).getShape();
			this.declaredHiddenSize = (shape.length == 3 && shape[2] > 0) ? (int) shape[2] : 0;
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read the outputs of " + session.name(), ex);
		}
	}

	private static @Nullable String firstRank3(Map<String, NodeInfo> outputs) {
		for (Map.Entry<String, NodeInfo> output : outputs.entrySet()) {
			if (output.getValue().getInfo() instanceof TensorInfo info && info.getShape().length == 3) {
				return output.getKey();
			}
		}
		return null;
	}

	/** The hidden size the model declares on its output, or 0 if symbolic. */
	int declaredHiddenSize() {
		return this.declaredHiddenSize;
	}

	/**
	 * Embeds token id sequences in one run, padding them on the right to the longest.
	 * @param sequences token ids, special tokens included; none empty
	 * @return one unit vector per sequence, in order
	 */
	float[][] embed(long[][] sequences) {
		int batch = sequences.length;
		int length = 0;
		for (long[] sequence : sequences) {
			length = Math.max(length, sequence.length);
		}
		long[] ids = new long[batch * length];
		long[] mask = new long[batch * length];
		for (int row = 0; row < batch; row++) {
			System.arraycopy(sequences[row], 0, ids, row * length, sequences[row].length);
			Arrays.fill(mask, row * length, row * length + sequences[row].length, 1L);
		}
		long[] shape = { batch, length };
		try (OnnxTensor idsTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape); @Nullable
		OnnxTensor maskTensor = this.attentionMask
				? OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape) : null; @Nullable
		OnnxTensor typesTensor = this.tokenTypes
				? OnnxTensor.createTensor(this.environment, LongBuffer.wrap(new long[batch * length]), shape) : null) {
			Map<String, OnnxTensor> inputs = new HashMap<>(4);
			inputs.put(INPUT_IDS, idsTensor);
			if (maskTensor != null) {
				inputs.put(ATTENTION_MASK, maskTensor);
			}
			if (typesTensor != null) {
				inputs.put(TOKEN_TYPE_IDS, typesTensor);
			}
			try (OrtSession.Result result = this.session.ort().run(inputs, this.outputNames)) {
				OnnxValue value = result.get(this.outputName)
					.orElseThrow(() -> new IllegalStateException("no output " + this.outputName));
				OnnxTensor hidden = (OnnxTensor) value;
				long[] outShape = hidden.getInfo().getShape();
				int hiddenSize = (int) outShape[2];
				FloatBuffer values = hidden.getFloatBuffer();
				float[][] vectors = new float[batch][];
				for (int row = 0; row < batch; row++) {
					vectors[row] = Pooling.normalize(
							this.pooling.pool(values, row, (int) outShape[1], hiddenSize, sequences[row].length));
				}
				return vectors;
			}
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Inference with " + this.session.name() + " failed: " + ex.getMessage(),
					ex);
		}
	}

}
