package io.cairn.core.conversation;

import java.time.Instant;

/**
 * A chat session about one collection.
 *
 * @param id database id
 * @param collectionId the collection the questions are asked of
 * @param title short label, usually from the first question
 * @param createdAt creation time
 * @param updatedAt time of the last message
 */
public record Conversation(long id, long collectionId, String title, Instant createdAt, Instant updatedAt) {
}
