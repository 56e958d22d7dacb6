package io.cairn.core.multimodal;

import java.util.List;

/**
 * Scaled cosine attention: {@code softmax(cos(query, key_j) / tau)}. A small temperature
 * concentrates the weight on the most similar key; a large one spreads it evenly.
 */
public final class AttentionWeights {

	private AttentionWeights() {
	}

	/**
	 * @param query the attending vector
	 * @param keys at least one vector of the query's length
	 * @param tau temperature, &gt; 0
	 * @return one weight per key, summing to 1
	 */
	public static double[] of(float[] query, List<float[]> keys, double tau) {
		if (!(tau > 0) || Double.isInfinite(tau)) {
			throw new IllegalArgumentException("tau must be a positive finite number, was " + tau);
		}
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("attention needs at least one key");
		}
		double[] scores = new double[keys.size()];
		for (int j = 0; j < scores.length; j++) {
			scores[j] = Vectors.cosine(query, keys.get(j));
		}
		return Vectors.softmax(scores, tau);
	}

}
