package io.cairn.core.ingest.parse;

import java.util.List;

import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * One unit of a parsed document, in reading order.
 *
 * @param ordinal position of the element in the whole document's reading order, starting
 * at 0; the same on a resumed parse, because parsers still read (but do not deliver) the
 * pages before the resume point
 * @param kind what the element is
 * @param text the element's text; for a table, {@link Table#toText()}
 * @param page 1-based page (slide for presentations); 1 for formats without pages
 * @param headingPath the titles of the enclosing sections, outermost first; a heading's
 * own path ends with its own title
 * @param headingLevel 1 for a top-level heading, 2 below it, and so on; 0 if not a
 * heading
 * @param table the table, when {@code kind} is {@link ElementKind#TABLE}
 * @param box where the element sits on its page, when the parser knows it (PDF text,
 * OCR'd scans and images)
 * @param time when the element is shown or said, for video and audio
 * @param asset key of the stored {@link io.cairn.core.media.MediaAsset} the element was
 * read from or belongs to (a scanned page, a figure, a keyframe)
 */
public record Element(int ordinal, ElementKind kind, String text, int page, List<String> headingPath, int headingLevel,
		@Nullable Table table, @Nullable Box box, @Nullable TimeSpan time, @Nullable String asset) {

	/** An element with no known position on its page. */
	public Element(int ordinal, ElementKind kind, String text, int page, List<String> headingPath, int headingLevel,
			@Nullable Table table) {
		this(ordinal, kind, text, page, headingPath, headingLevel, table, null, null, null);
	}

	public Element {
		headingPath = List.copyOf(headingPath);
		if (page < 1) {
			throw new IllegalArgumentException("page is 1-based, got " + page);
		}
		if ((kind == ElementKind.TABLE) != (table != null)) {
			throw new IllegalArgumentException("a TABLE element and only a TABLE element carries a table");
		}
		if ((kind == ElementKind.HEADING) != (headingLevel > 0)) {
			throw new IllegalArgumentException("a HEADING element and only a HEADING element has a level");
		}
	}

	/** This element at another place in the reading order. */
	public Element withOrdinal(int newOrdinal) {
		return new Element(newOrdinal, this.kind, this.text, this.page, this.headingPath, this.headingLevel, this.table,
				this.box, this.time, this.asset);
	}

}
