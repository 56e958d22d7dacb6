package io.cairn.core.chunking;

import java.util.List;

/**
 * A chunk as the chunker cut it, before it is encoded and stored.
 *
 * @param ordinal position of the chunk in its document, starting at 0
 * @param text the text to encode and show: the heading path on the first line (when there
 * is one), then the content
 * @param tokenCount tokens of {@code text} by the {@link TokenCounter} the chunker used,
 * heading path included; never more than its {@link TokenCounter#maxTokens()}
 * @param pageStart first page the chunk's elements are on
 * @param pageEnd last page the chunk's elements are on
 * @param headingPath titles of the sections the chunk is in, outermost first
 * @param firstElementOrdinal ordinal of the first element the chunk covers (its section
 * heading for the first chunk of a section)
 * @param lastElementOrdinal ordinal of the last element the chunk covers
 * @param kind text or table
 */
public record ChunkDraft(int ordinal, String text, int tokenCount, int pageStart, int pageEnd, List<String> headingPath,
		int firstElementOrdinal, int lastElementOrdinal, ChunkContentKind kind) {

	public ChunkDraft {
		headingPath = List.copyOf(headingPath);
		if (pageEnd < pageStart || firstElementOrdinal > lastElementOrdinal) {
			throw new IllegalArgumentException("chunk " + ordinal + " has an inverted page or element range");
		}
	}

}
