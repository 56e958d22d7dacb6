package io.cairn.api.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import io.cairn.core.multimodal.LinearProjection;

/**
 * Fits a {@link LinearProjection} on sentences: {@code x} is the image model's text
 * vector of a sentence, {@code y} the text encoder's vector of it. A tenth of the
 * sentences (at least one) is held out and scored by the mean cosine of projection and
 * target, next to the cosine of the mean target (what a projection that ignored its input
 * would reach).
 */
final class ProjectionFitter {

	/** Fewest distinct sentences a fit accepts: enough to hold some out. */
	static final int MIN_SENTENCES = 20;

	/** Most sentences read; more adds little to a linear map and costs encoding time. */
	static final int MAX_SENTENCES = 200_000;

	private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private final Function<String, float[]> imageSpace;

	private final Function<List<String>, List<float[]>> textSpace;

	/**
	 * @param imageSpace the image model's text tower
	 * @param textSpace the text encoder (passage side, as chunks are embedded), batched
	 */
	ProjectionFitter(Function<String, float[]> imageSpace, Function<List<String>, List<float[]>> textSpace) {
		this.imageSpace = imageSpace;
		this.textSpace = textSpace;
	}

	/**
	 * @param projection the fitted map (trained on all but the held-out sentences)
	 * @param trained sentences fitted on
	 * @param heldOut sentences scored
	 * @param heldOutCosine mean cosine of projected and target vectors on the held-out
	 * @param baselineCosine the same for the training targets' mean vector
	 */
	record Result(LinearProjection projection, int trained, int heldOut, double heldOutCosine, double baselineCosine) {
	}

	/** The distinct non-blank lines of a UTF-8 file. */
	static List<String> readSentences(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("--texts " + file + " is not a file");
		}
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new IllegalArgumentException("--texts " + file + " is larger than " + MAX_FILE_BYTES / 1024 / 1024
					+ " MiB; " + MAX_SENTENCES + " sentences are plenty");
		}
		LinkedHashSet<String> sentences = new LinkedHashSet<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && sentences.size() < MAX_SENTENCES) {
				sentences.add(line.strip());
			}
		}
		if (sentences.size() < MIN_SENTENCES) {
			throw new IllegalArgumentException("--texts " + file + " has " + sentences.size()
					+ " distinct non-empty line(s); a fit needs at least " + MIN_SENTENCES
					+ " sentences, one per line");
		}
		return List.copyOf(sentences);
	}

	Result fit(List<String> sentences, double ridge) {
		if (sentences.size() < MIN_SENTENCES) {
			throw new IllegalArgumentException(
					"a fit needs at least " + MIN_SENTENCES + " sentences, got " + sentences.size());
		}
		List<String> shuffled = new ArrayList<>(sentences);
		Collections.shuffle(shuffled, new Random(42));
		int heldOut = Math.max(1, shuffled.size() / 10);
		List<String> train = shuffled.subList(heldOut, shuffled.size());
		List<String> test = shuffled.subList(0, heldOut);
		List<float[]> x = train.stream().map(this.imageSpace).toList();
		List<float[]> y = this.textSpace.apply(train);
		LinearProjection projection = LinearProjection.fit(x, y, ridge);
		float[] mean = mean(y);
		double cosine = 0;
		double baseline = 0;
		List<float[]> targets = this.textSpace.apply(test);
		for (int i = 0; i < test.size(); i++) {
			cosine += cosine(projection.apply(this.imageSpace.apply(test.get(i))), targets.get(i));
			baseline += cosine(mean, targets.get(i));
		}
		return new Result(projection, train.size(), test.size(), cosine / test.size(), baseline / test.size());
	}

	private static float[] mean(List<float[]> vectors) {
		float[] mean = new float[vectors.get(0).length];
		for (float[] v : vectors) {
			for (int i = 0; i < mean.length; i++) {
				mean[i] += v[i] / vectors.size();
			}
		}
		return mean;
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += (double) a[i] * b[i];
			na += (double) a[i] * a[i];
			nb += (double) b[i] * b[i];
		}
		return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
	}

}
