package io.cairn.core.answer;

/** What the citation check does with an answer sentence no source supports. */
public enum UnsupportedSentences {

	/** Leave it out of the answer (extractive answers, which should never have any). */
	DROP,

	/** Keep it, marked as unsupported (generative models, whose text is their own). */
	FLAG

}
