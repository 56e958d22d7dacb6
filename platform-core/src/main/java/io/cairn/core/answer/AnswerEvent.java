package io.cairn.core.answer;

/** What a streamed answer sends: text as it is produced, then the checked answer. */
public sealed interface AnswerEvent {

	/**
	 * More answer text.
	 *
	 * @param text the new text
	 */
	record Delta(String text) implements AnswerEvent {
	}

	/**
	 * The end of the stream: the checked answer, whose text is authoritative.
	 *
	 * @param answer the answer with its citations
	 */
	record Completed(Answer answer) implements AnswerEvent {
	}

}
