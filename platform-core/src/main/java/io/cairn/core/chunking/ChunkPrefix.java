package io.cairn.core.chunking;

import java.util.List;

/**
 * The heading path written at the top of every chunk of a section ("Methods > Sampling"),
 * so that retrieval sees which section a passage comes from. A path that would take more
 * than a quarter of a chunk is shortened to its last heading, then cut.
 *
 * @param text the prefix, ending with a line break; empty without headings
 * @param tokens its token count
 */
record ChunkPrefix(String text, int tokens) {

	static ChunkPrefix of(List<String> headingPath, TokenCounter counter) {
		if (headingPath.isEmpty()) {
			return new ChunkPrefix("", 0);
		}
		int budget = Math.max(1, counter.maxTokens() / 4);
		String full = String.join(" > ", headingPath);
		if (counter.count(full) <= budget) {
			return new ChunkPrefix(full + "\n", counter.count(full + "\n"));
		}
		String last = headingPath.getLast();
		String kept = (counter.count(last) <= budget) ? last
				: new TokenBoundedSplitter(counter).split(last, budget).getFirst();
		return new ChunkPrefix(kept + "\n", counter.count(kept + "\n"));
	}

}
