package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/**
 * The direction classifier: tells upright lines from lines turned by 180 degrees and
 * turns the latter, in place.
 */
final class AngleClassifier {

	static final int HEIGHT = 48;

	static final int WIDTH = 192;

	/** Only a confident "180" turns a line. */
	private static final float TURN_CONFIDENCE = 0.9f;

	private static final float[] HALF = { 0.5f, 0.5f, 0.5f };

	private final OnnxSession session;

	private final String input;

	private final int batchSize;

	AngleClassifier(OnnxSession session, int batchSize) {
		this.session = session;
		this.input = session.inputNames().iterator().next();
		this.batchSize = batchSize;
	}

	void turnUpright(List<BufferedImage> lines) {
		for (int from = 0; from < lines.size(); from += this.batchSize) {
			int to = Math.min(lines.size(), from + this.batchSize);
			float[] turned = classify(lines.subList(from, to));
			for (int i = from; i < to; i++) {
				if (turned[i - from] >= TURN_CONFIDENCE) {
					lines.set(i, OcrImages.rotate180(lines.get(i)));
				}
			}
		}
	}

	/** Probability of "turned by 180 degrees" per line. */
	private float[] classify(List<BufferedImage> lines) {
		int n = lines.size();
		float[] data = new float[n * 3 * HEIGHT * WIDTH];
		for (int i = 0; i < n; i++) {
			BufferedImage line = lines.get(i);
			int w = (int) Math.min(WIDTH, Math.ceil(HEIGHT * (double) line.getWidth() / line.getHeight()));
			OcrImages.writeBgr(OcrImages.resize(line, Math.max(1, w), HEIGHT), data, i, HEIGHT, WIDTH, HALF, HALF);
		}
		long[] shape = { n, 3, HEIGHT, WIDTH };
		try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxEnvironment.get(), FloatBuffer.wrap(data), shape);
				OrtSession.Result result = this.session.ort().run(Map.of(this.input, tensor))) {
			FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
			float[] turned = new float[n];
			for (int i = 0; i < n; i++) {
				turned[i] = out.get(2 * i + 1);
			}
			return turned;
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Text direction classification failed: " + ex.getMessage(), ex);
		}
	}

}
