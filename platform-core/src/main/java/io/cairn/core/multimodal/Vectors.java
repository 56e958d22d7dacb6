package io.cairn.core.multimodal;

import java.util.List;

/** Small dense vector helpers shared by the alignment classes. */
final class Vectors {

	private Vectors() {
	}

	static double dot(float[] a, float[] b) {
		requireSameLength(a, b);
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += (double) a[i] * b[i];
		}
		return sum;
	}

	static double norm(float[] a) {
		return Math.sqrt(dot(a, a));
	}

	/** Cosine similarity; 0 when either vector is zero. */
	static double cosine(float[] a, float[] b) {
		double denominator = norm(a) * norm(b);
		return (denominator == 0) ? 0 : dot(a, b) / denominator;
	}

	/** A unit-length copy; a zero vector stays zero. */
	static float[] normalize(float[] a) {
		double n = norm(a);
		float[] out = new float[a.length];
		if (n == 0) {
			return out;
		}
		for (int i = 0; i < a.length; i++) {
			out[i] = (float) (a[i] / n);
		}
		return out;
	}

	/**
	 * Softmax of {@code scores / tau}, shifted by the maximum so that small temperatures
	 * do not overflow.
	 */
	static double[] softmax(double[] scores, double tau) {
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s);
		}
		double[] weights = new double[scores.length];
		double sum = 0;
		for (int i = 0; i < scores.length; i++) {
			weights[i] = Math.exp((scores[i] - max) / tau);
			sum += weights[i];
		}
		for (int i = 0; i < weights.length; i++) {
			weights[i] /= sum;
		}
		return weights;
	}

	/** {@code sum_j weights[j] * vectors[j]}. */
	static double[] weightedSum(List<float[]> vectors, double[] weights) {
		double[] out = new double[vectors.get(0).length];
		for (int j = 0; j < vectors.size(); j++) {
			float[] v = vectors.get(j);
			requireSameLength(vectors.get(0), v);
			for (int i = 0; i < out.length; i++) {
				out[i] += weights[j] * v[i];
			}
		}
		return out;
	}

	static void requireSameLength(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("vector lengths differ: " + a.length + " and " + b.length);
		}
	}

}
