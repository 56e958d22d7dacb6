package io.cairn.core.answer;

import java.util.List;
import java.util.Objects;

import io.cairn.core.media.SourceLocation;

/**
 * Where a statement of an answer comes from, down to the exact supporting span.
 *
 * @param number the {@code [n]} marker used in the answer text
 * @param chunkId cited chunk
 * @param documentId document of the chunk
 * @param documentTitle title of that document
 * @param pageStart first page of the chunk
 * @param pageEnd last page of the chunk
 * @param headingPath headings above the chunk, outermost first
 * @param quote the exact text of the chunk that supports the statement
 * @param quoteStart offset of {@code quote} in the chunk text
 * @param quoteEnd end offset (exclusive) of {@code quote} in the chunk text
 * @param location page regions, images and time span of the quote (of the whole chunk
 * when the quote's own regions are not known)
 */
public record Citation(int number, String chunkId, long documentId, String documentTitle, int pageStart, int pageEnd,
		List<String> headingPath, String quote, int quoteStart, int quoteEnd, SourceLocation location) {

	public Citation {
		// Citations stored before locations existed read back without one.
		location = Objects.requireNonNullElse(location, SourceLocation.NONE);
	}

	/** A citation without a known position within its pages. */
	public Citation(int number, String chunkId, long documentId, String documentTitle, int pageStart, int pageEnd,
			List<String> headingPath, String quote, int quoteStart, int quoteEnd) {
		this(number, chunkId, documentId, documentTitle, pageStart, pageEnd, headingPath, quote, quoteStart, quoteEnd,
				SourceLocation.NONE);
	}

	/** A citation of a whole context source, with the given supporting span. */
	public static Citation of(ContextSource source, int quoteStart, int quoteEnd) {
		String text = source.chunk().text();
		return new Citation(source.number(), source.chunk().id(), source.chunk().documentId(), source.documentTitle(),
				source.chunk().pageStart(), source.chunk().pageEnd(), source.chunk().headingPath(),
				text.substring(quoteStart, quoteEnd), quoteStart, quoteEnd,
				source.chunk().location().narrowTo(quoteStart, quoteEnd));
	}

}
