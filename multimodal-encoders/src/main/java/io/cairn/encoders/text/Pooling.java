package io.cairn.encoders.text;

import java.nio.FloatBuffer;

/** How token vectors ({@code last_hidden_state}) become one sentence vector. */
public enum Pooling {

	/** The vector of the first token ({@code [CLS]}); used by the bge models. */
	CLS,

	/**
	 * The mean over the real (attention-masked) tokens; used by sentence-transformers
	 * models.
	 */
	MEAN;

	/**
	 * Pools one row of a right-padded {@code [batch, sequenceLength, hiddenSize]} tensor.
	 * @param hidden the tensor, row-major
	 * @param row the batch row
	 * @param sequenceLength the padded sequence length of the tensor
	 * @param hiddenSize the vector size
	 * @param tokens the number of real tokens of this row (positions {@code 0..tokens-1}
	 * have attention mask 1, the rest are padding)
	 * @return the pooled vector, not normalised
	 */
	public float[] pool(FloatBuffer hidden, int row, int sequenceLength, int hiddenSize, int tokens) {
		if (tokens < 1 || tokens > sequenceLength) {
			throw new IllegalArgumentException("tokens must be in [1, " + sequenceLength + "], was " + tokens);
		}
		int rowStart = row * sequenceLength * hiddenSize;
		float[] pooled = new float[hiddenSize];
		if (this == CLS) {
			hidden.get(rowStart, pooled);
			return pooled;
		}
		double[] sum = new double[hiddenSize];
		for (int t = 0; t < tokens; t++) {
			int offset = rowStart + t * hiddenSize;
			for (int h = 0; h < hiddenSize; h++) {
				sum[h] += hidden.get(offset + h);
			}
		}
		for (int h = 0; h < hiddenSize; h++) {
			pooled[h] = (float) (sum[h] / tokens);
		}
		return pooled;
	}

	/**
	 * Scales {@code vector} in place to unit L2 norm (a zero vector stays zero).
	 * @param vector the vector
	 * @return the same array
	 */
	public static float[] normalize(float[] vector) {
		double squares = 0;
		for (float v : vector) {
			squares += (double) v * v;
		}
		if (squares > 0) {
			float inverse = (float) (1.0 / Math.sqrt(squares));
			for (int i = 0; i < vector.length; i++) {
				vector[i] *= inverse;
			}
		}
		return vector;
	}

}
