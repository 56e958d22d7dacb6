package io.cairn.core.answer;

/** Whether an answer was given. */
public enum AnswerOutcome {

	/** The answer is supported by the cited sources. */
	ANSWERED,

	/** No retrieved source supports an answer; the text says so. */
	REFUSED

}
