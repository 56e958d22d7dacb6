package io.cairn.inference.moe.runtime;

/**
 * The output of one forward step over a batch: next-token logits of every sequence (or
 * the logits at every new position), and how many token rows each expert multiplied.
 */
public final class StepResult {

	private final float[] logits;

	private final int positions;

	private final int vocab;

	private final int[] newTokens;

	private final long[] expertRows;

	StepResult(float[] logits, int positions, int vocab, int[] newTokens, long[] expertRows) {
		this.logits = logits;
		this.positions = positions;
		this.vocab = vocab;
		this.newTokens = newTokens;
		this.expertRows = expertRows;
	}

	/**
	 * Logits of sequence {@code seq} at its {@code index}-th new token; only the last one
	 * unless the step was run with {@link DecoderSession#stepAll}.
	 */
	public float[] logits(int seq, int index) {
		if (index >= this.newTokens[seq]) {
			throw new IndexOutOfBoundsException("sequence " + seq + " had " + this.newTokens[seq] + " new tokens");
		}
		int from = (seq * this.positions + index) * this.vocab;
		return java.util.Arrays.copyOfRange(this.logits, from, from + this.vocab);
	}

	/** Logits of sequence {@code seq} after its last new token: the next-token scores. */
	public float[] lastLogits(int seq) {
		return logits(seq, this.newTokens[seq] - 1);
	}

	/**
	 * Token rows each expert multiplied in this step, {@code [moeLayer * experts + e]};
	 * empty for a dense model.
	 */
	public long[] expertRows() {
		return this.expertRows.clone();
	}

}
