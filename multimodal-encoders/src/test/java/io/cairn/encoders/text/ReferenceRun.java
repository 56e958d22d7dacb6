package io.cairn.encoders.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxSession;

/**
 * Plain Java reference for the tests: tokenizes with a separately built DJL tokenizer,
 * runs the ONNX graph directly on one unpadded sequence and pools the raw
 * {@code last_hidden_state} with straightforward loops.
 */
final class ReferenceRun {

	private ReferenceRun() {
	}

	/**
	 * A tokenizer for a class path model, with or without special tokens and truncation.
	 */
	static HuggingFaceTokenizer tokenizer(TextEncoderModel model, boolean forEncoder) {
		ModelSource.Classpath source = (ModelSource.Classpath) model.source();
		Map<String, String> options = new HashMap<>();
		options.put("padding", "false");
		options.put("doLowerCase", Boolean.toString(model.lowercase()));
		options.put("addSpecialTokens", Boolean.toString(forEncoder));
		options.put("truncation", Boolean.toString(forEncoder));
		if (forEncoder) {
			options.put("maxLength", "512");
		}
		try (InputStream in = ReferenceRun.class.getClassLoader().getResourceAsStream(source.tokenizer())) {
			return HuggingFaceTokenizer.newInstance(in, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The raw {@code last_hidden_state} {@code [tokens][hidden]} of one sequence. */
	static float[][] lastHiddenState(OnnxSession session, long[] ids) throws OrtException {
		var env = OnnxEnvironment.get();
		long[][] input = { ids };
		long[][] mask = new long[1][ids.length];
		java.util.Arrays.fill(mask[0], 1L);
		long[][] types = new long[1][ids.length];
		try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, input);
				OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
				OnnxTensor typesTensor = OnnxTensor.createTensor(env, types);
				OrtSession.Result result = session.ort()
					.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
			float[][][] hidden = (float[][][]) result.get("last_hidden_state").orElseThrow().getValue();
			return hidden[0];
		}
	}

	static float[] cls(float[][] hidden) {
		return normalized(hidden[0].clone());
	}

	static float[] mean(float[][] hidden) {
		float[] mean = new float[hidden[0].length];
		for (float[] token : hidden) {
			for (int h = 0; h < mean.length; h++) {
				mean[h] += token[h] / hidden.length;
			}
		}
		return normalized(mean);
	}

	static float[] normalized(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= (float) norm;
		}
		return vector;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

	static double norm(float[] a) {
		double sum = 0;
		for (float v : a) {
			sum += v * v;
		}
		return Math.sqrt(sum);
	}

	static double maxAbsDiff(float[] a, float[] b) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			max = Math.max(max, Math.abs(a[i] - b[i]));
		}
		return max;
	}

}
