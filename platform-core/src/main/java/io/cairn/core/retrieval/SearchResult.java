package io.cairn.core.retrieval;

import io.cairn.core.ingest.StoredChunk;
import org.jspecify.annotations.Nullable;

/**
 * One ranked chunk.
 *
 * @param chunk the chunk with its provenance
 * @param score fused score (higher is better; comparable only within one result list)
 * @param snippet the chunk text around the query terms, marked with {@code <em>}
 * @param keywordRank 1-based rank in the BM25 list, null if absent from it
 * @param vectorRank 1-based rank in the vector list, null if absent from it
 */
public record SearchResult(StoredChunk chunk, double score, String snippet, @Nullable Integer keywordRank,
		@Nullable Integer vectorRank) {
}
