package io.cairn.core.conversation;

import java.util.List;

import io.cairn.core.answer.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A message to append to a conversation.
 *
 * @param role who wrote it
 * @param content the text as written (the question) or generated (the answer)
 * @param standaloneQuestion for a user message, the question rewritten to stand on its
 * own with the earlier turns; null when not rewritten
 * @param citations for an answer, its citations; empty otherwise
 * @param outcome for an answer, how it ended (e.g. answered, refused); null otherwise
 */
public record NewMessage(MessageRole role, String content, @Nullable String standaloneQuestion,
		List<Citation> citations, @Nullable String outcome) {

	public NewMessage {
		citations = List.copyOf(citations);
	}

	public static NewMessage user(String question, @Nullable String standaloneQuestion) {
		return new NewMessage(MessageRole.USER, question, standaloneQuestion, List.of(), null);
	}

	public static NewMessage assistant(String answer, List<Citation> citations, @Nullable String outcome) {
		return new NewMessage(MessageRole.ASSISTANT, answer, null, citations, outcome);
	}

}
