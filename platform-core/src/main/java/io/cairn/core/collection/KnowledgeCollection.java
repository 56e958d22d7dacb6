package io.cairn.core.collection;

import java.time.Instant;

/**
 * A knowledge base: the unit of access control and of retrieval scope.
 *
 * @param id database id
 * @param name unique, URL-safe name used by the API
 * @param language picks the encoder, the keyword analyzer and the sentence rules
 * @param profile default chunking profile of its documents
 * @param createdAt creation time
 */
public record KnowledgeCollection(long id, String name, Language language, String profile, Instant createdAt) {
}
