package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/**
 * Runs the DB text detection model: the image scaled so its longest side is at most
 * {@code maxSide} and both sides are multiples of 32, normalised with ImageNet mean and
 * deviation; out comes a text probability map.
 */
final class Detector {

	private static final float[] MEAN = { 0.485f, 0.456f, 0.406f };

	private static final float[] STD = { 0.229f, 0.224f, 0.225f };

	private final OnnxSession session;

	private final String input;

	private final int maxSide;

	Detector(OnnxSession session, int maxSide) {
		this.session = session;
		this.input = session.inputNames().iterator().next();
		this.maxSide = maxSide;
	}

	ProbabilityMap detect(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		double ratio = Math.min(1.0, (double) this.maxSide / Math.max(w, h));
		int mapW = Math.max(32, (int) Math.round(w * ratio / 32) * 32);
		int mapH = Math.max(32, (int) Math.round(h * ratio / 32) * 32);
		BufferedImage scaled = OcrImages.resize(image, mapW, mapH);
		float[] data = new float[3 * mapW * mapH];
		OcrImages.writeBgr(scaled, data, 0, mapH, mapW, MEAN, STD);
		long[] shape = { 1, 3, mapH, mapW };
		try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxEnvironment.get(), FloatBuffer.wrap(data), shape);
				OrtSession.Result result = this.session.ort().run(Map.of(this.input, tensor))) {
			FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
			float[] probabilities = new float[mapW * mapH];
			out.get(probabilities);
			return new ProbabilityMap(probabilities, mapW, mapH, (double) mapW / w, (double) mapH / h);
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Text detection failed: " + ex.getMessage(), ex);
		}
	}

}
