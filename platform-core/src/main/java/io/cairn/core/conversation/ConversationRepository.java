package io.cairn.core.conversation;

import java.util.List;
import java.util.Optional;

/** Stored conversations and their messages. */
public interface ConversationRepository {

	/**
	 * Starts a conversation.
	 * @throws io.cairn.core.NotFoundException if the collection does not exist
	 */
	Conversation create(long collectionId, String title);

	Optional<Conversation> find(long conversationId);

	/** The collection's conversations, the most recently active first. */
	List<Conversation> findByCollection(long collectionId, int limit);

	/**
	 * Appends a message with the next ordinal and marks the conversation active; safe
	 * when several requests append to the same conversation at once.
	 * @throws io.cairn.core.NotFoundException if the conversation does not exist
	 */
	ConversationMessage append(long conversationId, NewMessage message);

	/** All messages, in order. */
	List<ConversationMessage> messages(long conversationId);

	/**
	 * The messages of the last {@code turns} turns, in order; a turn starts with a user
	 * message and holds what follows it.
	 */
	List<ConversationMessage> recentTurns(long conversationId, int turns);

	/** Deletes the conversation and its messages. */
	boolean delete(long conversationId);

}
