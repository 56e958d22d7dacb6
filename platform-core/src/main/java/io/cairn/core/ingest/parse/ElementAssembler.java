package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.Box;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a parser recognises into {@link Element}s: numbers them in reading order,
 * keeps the heading path, attaches a "Table n" caption to the table right after it, and
 * enforces the character limit. Parsers feed every page through one assembler, also the
 * pages they do not deliver, so that ordinals and heading paths do not depend on where a
 * parse resumed.
 */
final class ElementAssembler {

	private record PendingCaption(String text, int page, @Nullable Box box) {
	}

	private final long maxCharacters;

	private final HeadingPath headingPath = new HeadingPath();

	private final List<Element> assembled = new ArrayList<>();

	private @Nullable PendingCaption pendingCaption;

	private int nextOrdinal;

	private long characters;

	ElementAssembler(ParseLimits limits) {
		this.maxCharacters = limits.maxCharacters();
	}

	void heading(String text, int level, int page) {
		heading(text, level, page, null);
	}

	/** A heading at a known place on its page. */
	void heading(String text, int level, int page, @Nullable Box box) {
		String title = text.strip();
		if (title.isEmpty()) {
			return;
		}
		flushCaption();
		this.headingPath.enter(title, level);
		add(ElementKind.HEADING, title, page, level, null, box);
	}

	/** A paragraph; one that reads like a caption becomes a caption. */
	void paragraph(String text, int page) {
		paragraph(text, page, null);
	}

	/** A paragraph at a known place on its page. */
	void paragraph(String text, int page, @Nullable Box box) {
		String stripped = text.strip();
		if (TextPatterns.isTableCaption(stripped)) {
			flushCaption();
			this.pendingCaption = new PendingCaption(stripped, page, box);
		}
		else if (TextPatterns.isCaption(stripped)) {
			add(ElementKind.CAPTION, stripped, page, 0, null, box);
		}
		else {
			add(ElementKind.TEXT, stripped, page, 0, null, box);
		}
	}

	/** The caption of a figure, marked up as such. */
	void figureCaption(String text, int page) {
		add(ElementKind.CAPTION, text.strip(), page, 0, null, null);
	}

	void listItem(String text, int page) {
		listItem(text, page, null);
	}

	/** A list item at a known place on its page. */
	void listItem(String text, int page, @Nullable Box box) {
		add(ElementKind.LIST_ITEM, text.strip(), page, 0, null, box);
	}

	/**
	 * A table caption waits for the next element: a table takes it over, anything else
	 * releases it.
	 */
	void caption(String text, int page) {
		flushCaption();
		this.pendingCaption = new PendingCaption(text.strip(), page, null);
	}

	void table(Table table, int page) {
		if (table.rows().isEmpty()) {
			return;
		}
		Table captioned = table;
		if (this.pendingCaption != null && table.caption() == null) {
			captioned = new Table(this.pendingCaption.text(), table.rows(), table.headerRowCount());
			this.pendingCaption = null;
		}
		add(ElementKind.TABLE, captioned.toText(), page, 0, captioned, null);
	}

	/** The elements assembled since the last call. */
	List<Element> drain() {
		flushCaption();
		List<Element> drained = List.copyOf(this.assembled);
		this.assembled.clear();
		return drained;
	}

	long characters() {
		return this.characters;
	}

	private void add(ElementKind kind, String text, int page, int level, @Nullable Table table, @Nullable Box box) {
		if (text.isBlank()) {
			return;
		}
		flushCaption();
		this.characters += text.length();
		if (this.characters > this.maxCharacters) {
			throw DocumentRejectedException.tooManyCharacters(this.maxCharacters);
		}
		this.assembled.add(new Element(this.nextOrdinal++, kind, text, page, this.headingPath.titles(), level, table,
				box, null, null));
	}

	private void flushCaption() {
		PendingCaption caption = this.pendingCaption;
		if (caption != null) {
			this.pendingCaption = null;
			add(ElementKind.CAPTION, caption.text(), caption.page(), 0, null, caption.box());
		}
	}

}
