package io.cairn.api.answer;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.NotFoundException;
import io.cairn.core.answer.Answer;
import io.cairn.core.answer.PriorTurn;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.conversation.Conversation;
import io.cairn.core.conversation.ConversationMessage;
import io.cairn.core.conversation.ConversationRepository;
import io.cairn.core.conversation.MessageRole;
import io.cairn.core.conversation.NewMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Connects answers to persisted conversations: the earlier turns for follow-up rewriting
 * before the answer, the question and answer appended after it.
 */
@Component
class ConversationTurns {

	/** Earlier questions used for rewriting a follow-up. */
	private static final int HISTORY_TURNS = 4;

	private static final int TITLE_CHARACTERS = 80;

	private final ConversationRepository conversations;

	ConversationTurns(ConversationRepository conversations) {
		this.conversations = conversations;
	}

	/**
	 * The conversation to continue or start, or none.
	 * @param conversationId an existing conversation of {@code collection}
	 * @param start whether to start a new conversation when no id is given
	 */
	@Nullable Conversation open(KnowledgeCollection collection, @Nullable Long conversationId, boolean start,
			@Nullable String question) {
		if (conversationId != null) {
			return this.conversations.find(conversationId)
				.filter((conversation) -> conversation.collectionId() == collection.id())
				.orElseThrow(() -> new NotFoundException("No conversation " + conversationId + " in collection '"
						+ collection.name() + "'. Leave out conversationId, or set startConversation, to begin one."));
		}
		if (!start || question == null || question.isBlank()) {
			return null;
		}
		String title = question.strip();
		return this.conversations.create(collection.id(),
				(title.length() > TITLE_CHARACTERS) ? title.substring(0, TITLE_CHARACTERS - 1) + "…" : title);
	}

	/** The earlier questions of the conversation, oldest first. */
	List<PriorTurn> history(@Nullable Conversation conversation) {
		if (conversation == null) {
			return List.of();
		}
		List<PriorTurn> turns = new ArrayList<>();
		for (ConversationMessage message : this.conversations.recentTurns(conversation.id(), HISTORY_TURNS)) {
			if (message.role() == MessageRole.USER) {
				String standalone = (message.standaloneQuestion() != null) ? message.standaloneQuestion()
						: message.content();
				turns.add(new PriorTurn(message.content(), standalone));
			}
		}
		return turns;
	}

	/** Appends the question and its answer. */
	void record(@Nullable Conversation conversation, Answer answer) {
		if (conversation == null) {
			return;
		}
		this.conversations.append(conversation.id(), NewMessage.user(answer.question(), answer.standaloneQuestion()));
		this.conversations.append(conversation.id(), NewMessage.assistant(answer.text(), answer.citations(),
				answer.outcome().name().toLowerCase(java.util.Locale.ROOT)));
	}

}
