package io.cairn.core.retrieval;

import io.cairn.core.chunking.TokenCounter;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * One text encoder and everything tied to its vector space: the index of its vectors and
 * the tokenizer that sizes chunks for it.
 *
 * @param name space name, e.g. the encoder model name
 * @param passages embeds chunk text
 * @param queries embeds questions (may add the model's query instruction)
 * @param tokens counts tokens the way the encoder does
 * @param index the vectors of this space
 */
public record EmbeddingSpace(String name, EmbeddingModel passages, EmbeddingModel queries, TokenCounter tokens,
		VectorIndex index) {
}
