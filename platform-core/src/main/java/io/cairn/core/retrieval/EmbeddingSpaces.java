package io.cairn.core.retrieval;

import io.cairn.core.collection.Language;

/** Chooses the embedding space of a collection's language. */
@FunctionalInterface
public interface EmbeddingSpaces {

	EmbeddingSpace forLanguage(Language language);

}
