package io.cairn.encoders.clip;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/** The image half of a CLIP-type model: pixels in, one normalised vector out. */
final class VisionTower {

	private static final List<String> OUTPUTS = List.of("image_embeds", "embeddings", "pooler_output");

	private final OnnxSession session;

	private final ClipPreprocessing preprocessing;

	private final String input;

	private final String output;

	VisionTower(OnnxSession session, ClipPreprocessing preprocessing) {
		this.session = session;
		this.preprocessing = preprocessing;
		Map<String, NodeInfo> inputs;
		try {
			inputs = session.ort().getInputInfo();
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Cannot read the inputs of " + session.name(), ex);
		}
		if (inputs.size() != 1 || !(inputs.values().iterator().next().getInfo() instanceof TensorInfo info)
				|| info.type != OnnxJavaType.FLOAT || info.getShape().length != 4) {
			throw new IllegalArgumentException("The vision tower " + session.name()
					+ " must take one float input [batch, 3, height, width] (pixel_values), has " + inputs.keySet());
		}
		this.input = inputs.keySet().iterator().next();
		long[] shape = info.getShape();
		if ((shape[1] > 0 && shape[1] != 3) || (shape[2] > 0 && shape[2] != preprocessing.cropHeight())
				|| (shape[3] > 0 && shape[3] != preprocessing.cropWidth())) {
			throw new IllegalArgumentException(
					"The vision tower " + session.name() + " expects input " + java.util.Arrays.toString(shape)
							+ " but the preprocessor gives [1, 3, " + preprocessing.cropHeight() + ", "
							+ preprocessing.cropWidth() + "]: check preprocessor_config.json (crop_size)");
		}
		this.output = TowerOutputs.embeddingOutput(session, OUTPUTS);
	}

	float[] embed(BufferedImage image) {
		float[] pixels = this.preprocessing.pixels(image);
		long[] shape = { 1, 3, this.preprocessing.cropHeight(), this.preprocessing.cropWidth() };
		try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxEnvironment.get(), FloatBuffer.wrap(pixels), shape);
				OrtSession.Result result = this.session.ort().run(Map.of(this.input, tensor))) {
			return TowerOutputs.firstRow(result, this.output, this.session.name());
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("The vision tower " + this.session.name() + " failed", ex);
		}
	}

	/** The vector length: declared by the model, else measured on a probe input. */
	int dimensions() {
		int declared = TowerOutputs.declaredDimensions(this.session, this.output);
		return (declared > 0) ? declared
				: embed(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB)).length;
	}

	OnnxSession session() {
		return this.session;
	}

}
