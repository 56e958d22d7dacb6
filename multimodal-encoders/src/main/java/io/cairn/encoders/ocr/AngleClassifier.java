package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
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

	private static final int WINDOWS = 3;

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
		// a long line squeezed into 192 x 48 pixels is unreadable, so the classifier sees
		// up to three windows of the model's own aspect ratio and their votes are
		// averaged
		List<BufferedImage> windows = new ArrayList<>();
		int[] owner = new int[lines.size() * WINDOWS];
		for (int i = 0; i < lines.size(); i++) {
			for (BufferedImage window : windows(lines.get(i))) {
				owner[windows.size()] = i;
				windows.add(window);
			}
		}
		float[] votes = new float[lines.size()];
		int[] counts = new int[lines.size()];
		for (int from = 0; from < windows.size(); from += this.batchSize) {
			int to = Math.min(windows.size(), from + this.batchSize);
			float[] turned = classify(windows.subList(from, to));
			for (int w = from; w < to; w++) {
				votes[owner[w]] += turned[w - from];
				counts[owner[w]]++;
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			if (votes[i] / counts[i] >= TURN_CONFIDENCE) {
				lines.set(i, OcrImages.rotate180(lines.get(i)));
			}
		}
	}

	private static List<BufferedImage> windows(BufferedImage line) {
		int w = line.getWidth();
		int h = line.getHeight();
		int window = (int) Math.ceil((double) h * WIDTH / HEIGHT);
		if (w <= window * 1.5) {
			return List.of(line);
		}
		List<BufferedImage> out = new ArrayList<>(WINDOWS);
		for (int k = 0; k < WINDOWS; k++) {
			int x = (int) Math.round((double) (w - window) * k / (WINDOWS - 1));
			out.add(line.getSubimage(x, 0, window, h));
		}
		return out;
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
