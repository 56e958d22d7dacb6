package io.cairn.core.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): picks, one at a time, the
 * candidate that best balances relevance against similarity to what was already picked.
 */
public final class MaximalMarginalRelevance {

	private MaximalMarginalRelevance() {
	}

	/**
	 * Reorders candidates.
	 * @param relevance relevance of each candidate, higher is better (any scale)
	 * @param vectors unit-length embedding of each candidate
	 * @param lambda 1 = relevance only, 0 = diversity only
	 * @param limit how many to pick
	 * @return indexes into the candidate lists, in picking order
	 */
	public static List<Integer> select(double[] relevance, float[][] vectors, double lambda, int limit) {
		int n = relevance.length;
		double[] normalised = normalise(relevance);
		double[] maxSimilarity = new double[n];
		java.util.Arrays.fill(maxSimilarity, Double.NEGATIVE_INFINITY);
		boolean[] picked = new boolean[n];
		List<Integer> order = new ArrayList<>(Math.min(n, limit));
		while (order.size() < Math.min(n, limit)) {
			int best = -1;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < n; i++) {
				if (picked[i]) {
					continue;
				}
				double redundancy = order.isEmpty() ? 0 : maxSimilarity[i];
				double score = lambda * normalised[i] - (1 - lambda) * redundancy;
				if (score > bestScore) {
					bestScore = score;
					best = i;
				}
			}
			picked[best] = true;
			order.add(best);
			for (int i = 0; i < n; i++) {
				if (!picked[i]) {
					maxSimilarity[i] = Math.max(maxSimilarity[i], dot(vectors[i], vectors[best]));
				}
			}
		}
		return order;
	}

	private static double[] normalise(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (max == min) ? 1.0 : (values[i] - min) / (max - min);
		}
		return result;
	}

	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
