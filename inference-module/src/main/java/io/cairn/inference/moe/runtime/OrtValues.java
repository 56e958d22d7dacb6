package io.cairn.inference.moe.runtime;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The input tensors of one step (closed together afterwards) and reading outputs back
 * into Java arrays.
 */
final class OrtValues implements AutoCloseable {

	private final OrtEnvironment env;

	private final List<OnnxTensor> created = new ArrayList<>();

	OrtValues(OrtEnvironment env) {
		this.env = env;
	}

	OnnxTensor longs(long[] values, long... shape) throws OrtException {
		OnnxTensor tensor = OnnxTensor.createTensor(this.env, LongBuffer.wrap(values), shape);
		this.created.add(tensor);
		return tensor;
	}

	OnnxTensor floats(float[] values, long... shape) throws OrtException {
		OnnxTensor tensor = OnnxTensor.createTensor(this.env, FloatBuffer.wrap(values), shape);
		this.created.add(tensor);
		return tensor;
	}

	/** A float output as an array. */
	static float[] floats(OrtSession.Result result, String name) {
		return floats((OnnxTensor) result.get(name)
			.orElseThrow(() -> new IllegalStateException("decoder graph has no output " + name)));
	}

	static float[] floats(OnnxTensor tensor) {
		FloatBuffer buffer = tensor.getFloatBuffer();
		float[] out = new float[buffer.remaining()];
		buffer.get(out);
		return out;
	}

	/** An int64 output as an array, empty when the graph has no such output. */
	static long[] longsOrEmpty(OrtSession.Result result, String name) {
		return result.get(name).map((v) -> {
			LongBuffer buffer = ((OnnxTensor) v).getLongBuffer();
			long[] out = new long[buffer.remaining()];
			buffer.get(out);
			return out;
		}).orElse(new long[0]);
	}

	@Override
	public void close() {
		this.created.forEach(OnnxTensor::close);
	}

}
