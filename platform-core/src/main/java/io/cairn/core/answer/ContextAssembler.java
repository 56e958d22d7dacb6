package io.cairn.core.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.retrieval.SearchResult;

/**
 * Chooses the retrieved chunks that fit the generator's context budget, most relevant
 * first, then orders them the way a reader meets them: documents by their best chunk's
 * rank, chunks within a document by position. Sources are numbered in that order.
 */
public final class ContextAssembler {

	/** Tokens the source markup (tags, title, pages) adds around each chunk. */
	static final int SOURCE_OVERHEAD_TOKENS = 24;

	private final int budgetTokens;

	public ContextAssembler(int budgetTokens) {
		if (budgetTokens < 1) {
			throw new IllegalArgumentException("budgetTokens must be positive, was " + budgetTokens);
		}
		this.budgetTokens = budgetTokens;
	}

	/**
	 * The numbered sources for {@code ranked}.
	 * @param ranked search results, best first
	 * @param titles document title by document id
	 * @return the sources, in reading order; the best result is always included
	 */
	public List<ContextSource> assemble(List<SearchResult> ranked, LongFunction<String> titles) {
		List<StoredChunk> chosen = new ArrayList<>();
		Map<Long, Integer> documentRank = new HashMap<>();
		int used = 0;
		for (SearchResult result : ranked) {
			int cost = result.chunk().tokenCount() + SOURCE_OVERHEAD_TOKENS;
			if (!chosen.isEmpty() && used + cost > this.budgetTokens) {
				continue;
			}
			chosen.add(result.chunk());
			documentRank.putIfAbsent(result.chunk().documentId(), documentRank.size());
			used += cost;
		}
		chosen.sort(Comparator.<StoredChunk>comparingInt((chunk) -> documentRank.get(chunk.documentId()))
			.thenComparingInt(StoredChunk::ordinal));
		Map<Long, String> titleCache = new HashMap<>();
		List<ContextSource> sources = new ArrayList<>(chosen.size());
		for (StoredChunk chunk : chosen) {
			String title = titleCache.computeIfAbsent(chunk.documentId(), titles::apply);
			sources.add(new ContextSource(sources.size() + 1, chunk, title));
		}
		return sources;
	}

}
