package io.cairn.inference.moe.decode;

import java.util.BitSet;

/** Restricts which tokens may come next (constrained decoding); one per request. */
public interface TokenConstraint {

	/**
	 * The tokens that may come next.
	 * @param remainingTokens tokens still allowed by the request's budget, including this
	 * one; a constraint that must finish within the budget uses it
	 */
	BitSet allowed(int remainingTokens);

	/** Records the chosen token. */
	void accept(int token);

	/** Whether the output is complete, so that generation stops. */
	boolean complete();

	/**
	 * Fewest tokens a complete output needs; requests with a smaller budget are refused.
	 */
	default int minTokens() {
		return 0;
	}

}
