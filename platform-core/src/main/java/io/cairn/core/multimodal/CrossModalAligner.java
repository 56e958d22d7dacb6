package io.cairn.core.multimodal;

import java.util.List;

/**
 * Cross-modal attention alignment (DESIGN.md section 4): a text chunk's vector attends
 * over the vectors of the images beside it (same page or time window), already projected
 * into the text space, and takes in their attention-weighted sum:
 * {@code fused = normalize(t + lambda * sum_j softmax(cos(t, I_j) / tau)_j * I_j)}. A
 * chunk with no image beside it keeps its vector.
 *
 * @param tau attention temperature, &gt; 0
 * @param lambda how much of the images is mixed in, &gt;= 0 (0 leaves vectors as they
 * are)
 */
public record CrossModalAligner(double tau, double lambda) {

	public CrossModalAligner {
		if (!(tau > 0) || Double.isInfinite(tau)) {
			throw new IllegalArgumentException("tau must be a positive finite number, was " + tau);
		}
		if (!(lambda >= 0) || Double.isInfinite(lambda)) {
			throw new IllegalArgumentException("lambda must be a finite number >= 0, was " + lambda);
		}
	}

	/**
	 * @param text the chunk's text vector
	 * @param images the images beside it, in the text space (see
	 * {@link LinearProjection})
	 * @return the fused unit vector, or {@code text} itself when there are no images
	 */
	public float[] fuse(float[] text, List<float[]> images) {
		if (images.isEmpty() || this.lambda == 0) {
			return text;
		}
		double[] weights = AttentionWeights.of(text, images, this.tau);
		double[] attended = Vectors.weightedSum(images, weights);
		float[] fused = new float[text.length];
		for (int i = 0; i < fused.length; i++) {
			fused[i] = (float) (text[i] + this.lambda * attended[i]);
		}
		return Vectors.normalize(fused);
	}

}
