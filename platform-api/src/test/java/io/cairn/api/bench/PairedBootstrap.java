package io.cairn.api.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Paired bootstrap over queries: the 95% interval of the mean difference of two rankings'
 * per-query scores, from resampling the queries with replacement.
 */
final class PairedBootstrap {

	static final long SEED = 20261122L;

	private static final int RESAMPLES = 10_000;

	private PairedBootstrap() {
	}

	/**
	 * Difference of means with its interval.
	 *
	 * @param delta mean of {@code a - b}
	 * @param low 2.5th percentile of the resampled mean differences
	 * @param high 97.5th percentile
	 */
	record Interval(double delta, double low, double high) {

		boolean excludesZero() {
			return this.low > 0 || this.high < 0;
		}

	}

	static Interval compare(double[] a, double[] b) {
		int n = a.length;
		double[] differences = new double[n];
		for (int i = 0; i < n; i++) {
			differences[i] = a[i] - b[i];
		}
		Random random = new Random(SEED);
		double[] means = new double[RESAMPLES];
		for (int r = 0; r < RESAMPLES; r++) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += differences[random.nextInt(n)];
			}
			means[r] = sum / n;
		}
		Arrays.sort(means);
		return new Interval(Arrays.stream(differences).average().orElse(0), means[(int) (0.025 * RESAMPLES)],
				means[(int) (0.975 * RESAMPLES) - 1]);
	}

}
