package io.cairn.inference.moe.decode;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Picks the next token from logits: repetition penalty, a mask of allowed tokens, then
 * greedy or temperature sampling with top-k and top-p.
 */
public final class Sampler {

	private final SamplingParams params;

	private final Random random;

	public Sampler(SamplingParams params) {
		this.params = params;
		this.random = new Random(params.seed());
	}

	/**
	 * @param logits next-token logits (modified in place)
	 * @param history tokens of the sequence so far (prompt and generated)
	 * @param allowed the tokens that may be chosen, or {@code null} for all
	 * @return the chosen token
	 */
	public int next(float[] logits, Collection<Integer> history, @Nullable BitSet allowed) {
		double penalty = this.params.repetitionPenalty();
		if (penalty != 1.0) {
			for (int token : new java.util.HashSet<>(history)) {
				if (token < logits.length) {
					logits[token] = (float) ((logits[token] > 0) ? logits[token] / penalty : logits[token] * penalty);
				}
			}
		}
		if (allowed != null) {
			for (int i = 0; i < logits.length; i++) {
				if (!allowed.get(i)) {
					logits[i] = Float.NEGATIVE_INFINITY;
				}
			}
		}
		if (this.params.temperature() <= 0) {
			return argmax(logits);
		}
		Integer[] order = candidates(logits, this.params.temperature());
		Arrays.sort(order, (a, b) -> Float.compare(logits[b], logits[a]));
		int keep = (this.params.topK() > 0) ? Math.min(this.params.topK(), order.length) : order.length;
		double max = logits[order[0]];
		double[] weights = new double[keep];
		double total = 0;
		for (int i = 0; i < keep; i++) {
			double l = logits[order[i]];
			weights[i] = Double.isInfinite(l) ? 0 : Math.exp((l - max) / this.params.temperature());
			total += weights[i];
		}
		double cumulative = 0;
		int cut = keep;
		for (int i = 0; i < keep; i++) {
			cumulative += weights[i] / total;
			if (cumulative >= this.params.topP()) {
				cut = i + 1;
				break;
			}
		}
		double kept = 0;
		for (int i = 0; i < cut; i++) {
			kept += weights[i];
		}
		double r = this.random.nextDouble() * kept;
		for (int i = 0; i < cut; i++) {
			r -= weights[i];
			if (r <= 0 && weights[i] > 0) {
				return order[i];
			}
		}
		return order[0];
	}

	/**
	 * The tokens whose probability is not negligible (within 30 temperature units of the
	 * best logit, i.e. above e^-30 of the best): sorting a 150k vocabulary every step
	 * would cost more than the rest of sampling.
	 */
	private static Integer[] candidates(float[] logits, double temperature) {
		float max = logits[argmax(logits)];
		double floor = max - 30 * temperature;
		int count = 0;
		for (float l : logits) {
			count += (l >= floor) ? 1 : 0;
		}
		Integer[] order = new Integer[count];
		int next = 0;
		for (int i = 0; i < logits.length; i++) {
			if (logits[i] >= floor) {
				order[next++] = i;
			}
		}
		return order;
	}

	static int argmax(float[] logits) {
		int best = 0;
		for (int i = 1; i < logits.length; i++) {
			if (logits[i] > logits[best]) {
				best = i;
			}
		}
		return best;
	}

}
