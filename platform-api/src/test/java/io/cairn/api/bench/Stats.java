package io.cairn.api.bench;

import java.util.Arrays;

/** Percentiles of timings. */
final class Stats {

	private final double[] sorted;

	Stats(double[] values) {
		this.sorted = values.clone();
		Arrays.sort(this.sorted);
	}

	/** Nearest-rank percentile, {@code p} in 0..100. */
	double percentile(double p) {
		if (this.sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))];
	}

	double mean() {
		return Arrays.stream(this.sorted).average().orElse(Double.NaN);
	}

	double max() {
		return (this.sorted.length == 0) ? Double.NaN : this.sorted[this.sorted.length - 1];
	}

}
