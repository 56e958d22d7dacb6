package io.cairn.core.chunking;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How to cut a document of one domain into chunks.
 *
 * @param name the profile's name, as documents and collections refer to it
 * @param targetTokens the size a text chunk grows to (heading path included), capped by
 * the encoder's maximum
 * @param overlapTokens at most this many tokens of whole sentences are repeated from the
 * end of one chunk at the start of the next, so that a statement cut by a boundary is
 * still found whole
 * @param sectionHeadings lines that start a new section although the parser did not mark
 * them as headings (e.g. "Assessment:" in a clinical note); a chunk never crosses them.
 * Matched at the start of each line of text elements.
 * @param keepListsTogether whether a list that fits in one chunk is kept in one chunk
 * @param tableTargetTokens the size a table chunk grows to; a larger table is split by
 * rows
 */
public record ChunkingProfile(String name, int targetTokens, int overlapTokens, List<Pattern> sectionHeadings,
		boolean keepListsTogether, int tableTargetTokens) {

	public ChunkingProfile {
		sectionHeadings = List.copyOf(sectionHeadings);
		if (targetTokens <= 0 || tableTargetTokens <= 0) {
			throw new IllegalArgumentException("chunk targets must be positive");
		}
		if (overlapTokens < 0 || overlapTokens >= targetTokens) {
			throw new IllegalArgumentException(
					"overlapTokens must be in 0.." + (targetTokens - 1) + ", got " + overlapTokens);
		}
	}

	/** Whether a line of text starts a new section under this profile. */
	public boolean startsSection(String line) {
		String stripped = line.strip();
		return this.sectionHeadings.stream().anyMatch((pattern) -> pattern.matcher(stripped).lookingAt());
	}

}
