package io.cairn.core.multimodal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Pools the frame vectors of one video segment into one vector with attention over time:
 * frames similar to the query (the segment's transcript vector, or the frames' mean when
 * there is none) weigh more, so a segment's few telling frames are not averaged away by
 * its many transitional ones.
 *
 * @param tau attention temperature, &gt; 0
 */
public record TemporalAttentionPooling(double tau) {

	public TemporalAttentionPooling {
		if (!(tau > 0) || Double.isInfinite(tau)) {
			throw new IllegalArgumentException("tau must be a positive finite number, was " + tau);
		}
	}

	/**
	 * @param frames at least one frame vector, all of one length
	 * @param query what to attend with, or {@code null} for the frames' mean
	 * @return the pooled unit vector
	 */
	public float[] pool(List<float[]> frames, float @Nullable [] query) {
		if (frames.isEmpty()) {
			throw new IllegalArgumentException("a segment needs at least one frame to pool");
		}
		float[] q = (query != null) ? query : mean(frames);
		double[] pooled = Vectors.weightedSum(frames, AttentionWeights.of(q, frames, this.tau));
		float[] out = new float[pooled.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = (float) pooled[i];
		}
		return Vectors.normalize(out);
	}

	private static float[] mean(List<float[]> frames) {
		double[] weights = new double[frames.size()];
		java.util.Arrays.fill(weights, 1.0 / frames.size());
		double[] sum = Vectors.weightedSum(frames, weights);
		float[] out = new float[sum.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = (float) sum[i];
		}
		return out;
	}

}
