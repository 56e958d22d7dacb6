package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;

/**
 * The recognition model with greedy CTC decoding: lines scaled to height 48, batched by
 * similar width (padded to the widest of the batch), best class per time step, repeats
 * and blanks (class 0) dropped; confidence is the mean best probability of the kept
 * steps.
 */
final class CtcRecognizer {

	static final int HEIGHT = 48;

	/** PP-OCRv4 was trained on 320-pixel-wide inputs; narrower batches are padded. */
	private static final int MIN_WIDTH = 320;

	/** Longer lines are squeezed rather than making one huge tensor. */
	private static final int MAX_WIDTH = 48 * 50;

	private static final float[] HALF = { 0.5f, 0.5f, 0.5f };

	private final OnnxSession session;

	private final String input;

	private final List<String> dictionary;

	private final int batchSize;

	CtcRecognizer(OnnxSession session, List<String> dictionary, int batchSize) {
		this.session = session;
		this.input = session.inputNames().iterator().next();
		this.dictionary = dictionary;
		this.batchSize = batchSize;
	}

	/** Text and confidence for each line, in the order given. */
	Decoded[] recognize(List<BufferedImage> lines) {
		Decoded[] out = new Decoded[lines.size()];
		Integer[] byRatio = new Integer[lines.size()];
		Arrays.setAll(byRatio, i -> i);
		Arrays.sort(byRatio, Comparator.comparingDouble(i -> ratio(lines.get(i))));
		for (int from = 0; from < byRatio.length; from += this.batchSize) {
			int to = Math.min(byRatio.length, from + this.batchSize);
			Integer[] batch = Arrays.copyOfRange(byRatio, from, to);
			Decoded[] decoded = run(lines, batch);
			for (int i = 0; i < batch.length; i++) {
				out[batch[i]] = decoded[i];
			}
		}
		return out;
	}

	private Decoded[] run(List<BufferedImage> lines, Integer[] batch) {
		double maxRatio = ratio(lines.get(batch[batch.length - 1]));
		int width = (int) Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(HEIGHT * maxRatio)));
		float[] data = new float[batch.length * 3 * HEIGHT * width];
		for (int i = 0; i < batch.length; i++) {
			BufferedImage line = lines.get(batch[i]);
			int w = (int) Math.max(1, Math.min(width, Math.ceil(HEIGHT * ratio(line))));
			OcrImages.writeBgr(OcrImages.resize(line, w, HEIGHT), data, i, HEIGHT, width, HALF, HALF);
		}
		long[] shape = { batch.length, 3, HEIGHT, width };
		try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxEnvironment.get(), FloatBuffer.wrap(data), shape);
				OrtSession.Result result = this.session.ort().run(Map.of(this.input, tensor))) {
			OnnxTensor output = (OnnxTensor) result.get(0);
			long[] outShape = output.getInfo().getShape();
			int steps = (int) outShape[1];
			int classes = (int) outShape[2];
			FloatBuffer probabilities = output.getFloatBuffer();
			Decoded[] decoded = new Decoded[batch.length];
			for (int i = 0; i < batch.length; i++) {
				decoded[i] = decode(probabilities, i * steps * classes, steps, classes);
			}
			return decoded;
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Text recognition failed: " + ex.getMessage(), ex);
		}
	}

	private Decoded decode(FloatBuffer probabilities, int offset, int steps, int classes) {
		StringBuilder text = new StringBuilder();
		double confidence = 0;
		int kept = 0;
		int previous = 0;
		for (int t = 0; t < steps; t++) {
			int best = 0;
			float bestP = -1;
			int base = offset + t * classes;
			for (int c = 0; c < classes; c++) {
				float p = probabilities.get(base + c);
				if (p > bestP) {
					bestP = p;
					best = c;
				}
			}
			if (best != 0 && best != previous && best <= this.dictionary.size()) {
				text.append(this.dictionary.get(best - 1));
				confidence += bestP;
				kept++;
			}
			previous = best;
		}
		return new Decoded(text.toString().strip(), (kept == 0) ? 0f : (float) (confidence / kept));
	}

	private static double ratio(BufferedImage image) {
		return (double) image.getWidth() / Math.max(1, image.getHeight());
	}

	/** A recognised line. */
	record Decoded(String text, float confidence) {
	}

}
