package io.cairn.inference.extractive;

/**
 * Keys of the machine-readable extras in the metadata (properties) of the
 * {@link org.springframework.ai.chat.messages.AssistantMessage} that the extractive
 * answerer returns (in a stream: on the last message).
 */
public final class ExtractiveMetadata {

	/**
	 * The exact answer span of a numeric or date question ({@code String}), such as
	 * "$1,496.5" or "March 3, 2019"; absent when there is none.
	 */
	public static final String EXACT_ANSWER = "cairn.exactAnswer";

	/**
	 * The scale of the exact answer ({@code String}: "thousand", "million", "billion",
	 * "percent", "万", "亿"), when the source states one.
	 */
	public static final String EXACT_ANSWER_SCALE = "cairn.exactAnswer.scale";

	/**
	 * The period of the exact answer ({@code String}, a year such as "2019"), when known.
	 */
	public static final String EXACT_ANSWER_PERIOD = "cairn.exactAnswer.period";

	/**
	 * The support of the best sentence ({@code Double}, about 0 to 1; see
	 * {@link ExtractiveSettings}), also for a refusal: what a refusal threshold is
	 * calibrated on.
	 */
	public static final String SUPPORT = "cairn.support";

	/**
	 * The support of each answer sentence in answer order ({@code List<Double>}; empty
	 * for a refusal).
	 */
	public static final String SENTENCE_SUPPORTS = "cairn.sentenceSupports";

	/** Whether the answer is the refusal ({@code Boolean}). */
	public static final String REFUSED = "cairn.refused";

	/** The model name the answerer reports in its response metadata. */
	public static final String MODEL_NAME = "cairn-extractive";

	private ExtractiveMetadata() {
	}

}
