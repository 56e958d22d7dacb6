package io.cairn.core.conversation;

import java.time.Instant;
import java.util.List;

import io.cairn.core.answer.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A stored message of a conversation.
 *
 * @param id database id
 * @param conversationId its conversation
 * @param ordinal position in the conversation, from 0, without gaps
 * @param role who wrote it
 * @param content the text
 * @param standaloneQuestion for a user message, the rewritten self-contained question
 * @param citations for an answer, its citations
 * @param outcome for an answer, how it ended
 * @param createdAt when it was stored
 */
public record ConversationMessage(long id, long conversationId, int ordinal, MessageRole role, String content,
		@Nullable String standaloneQuestion, List<Citation> citations, @Nullable String outcome, Instant createdAt) {

	public ConversationMessage {
		citations = List.copyOf(citations);
	}

}
