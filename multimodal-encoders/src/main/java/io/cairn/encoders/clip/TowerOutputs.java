package io.cairn.encoders.clip;

import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/** Finds a tower's embedding output and reads it from a result. */
final class TowerOutputs {

	private TowerOutputs() {
	}

	/**
	 * The output that holds the embedding: the first of {@code preferred} the model has,
	 * else its only {@code [batch, dim]} float output.
	 */
	static String embeddingOutput(OnnxSession session, List<String> preferred) {
		Map<String, NodeInfo> outputs;
		try {
			outputs = session.ort().getOutputInfo();
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read the outputs of " + session.name(), ex);
		}
		for (String name : preferred) {
			if (outputs.containsKey(name)) {
				return name;
			}
		}
		List<String> rank2 = outputs.entrySet()
			.stream()
			.filter((e) -> e.getValue().getInfo() instanceof TensorInfo t && t.getShape().length == 2
					&& t.type == OnnxJavaType.FLOAT)
			.map(Map.Entry::getKey)
			.toList();
		if (rank2.size() != 1) {
			throw new IllegalArgumentException(
					"Cannot tell which output of " + session.name() + " is the embedding: none of " + preferred
							+ ", and " + rank2.size() + " [batch, dim] float outputs among " + outputs.keySet());
		}
		return rank2.get(0);
	}

	/**
	 * The embedding length the model declares for an output, or 0 when it is symbolic.
	 */
	static int declaredDimensions(OnnxSession session, String output) {
		try {
			long[] shape = ((TensorInfo) session.ort().getOutputInfo().get(output).getInfo()).getShape();
			return (shape.length == 2 && shape[1] > 0) ? (int) shape[1] : 0;
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read the outputs of " + session.name(), ex);
		}
	}

	/** The L2-normalised first row of the named {@code [batch, dim]} output. */
	static float[] firstRow(OrtSession.Result result, String name, String model) {
		OnnxValue value = result.get(name)
			.orElseThrow(() -> new IllegalStateException(model + " returned no output " + name));
		Object array;
		try {
			array = value.getValue();
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read output " + name + " of " + model, ex);
		}
		if (!(array instanceof float[][] rows) || rows.length == 0) {
			throw new IllegalArgumentException(
					"Output " + name + " of " + model + " is not a [batch, dim] float tensor");
		}
		float[] v = rows[0];
		double norm = 0;
		for (float x : v) {
			norm += (double) x * x;
		}
		norm = Math.sqrt(norm);
		if (!(norm > 0) || Double.isInfinite(norm)) {
			throw new IllegalStateException(model + " returned a zero or non-finite embedding");
		}
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (float) (v[i] / norm);
		}
		return out;
	}

}
