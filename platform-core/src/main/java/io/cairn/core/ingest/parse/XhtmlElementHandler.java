package io.cairn.core.ingest.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Walks the XHTML SAX events Tika emits and assembles elements: {@code h1}..{@code h6}
 * become headings, {@code p} text, {@code li} list items, tables are kept whole with
 * their caption and header rows. A PowerPoint slide ({@code div class="slide-content"})
 * is a page. Stops the parse when the deadline passes, the parse is cancelled, or the
 * text grows over the character limit.
 */
final class XhtmlElementHandler extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"dl", "dt", "dd", "blockquote", "pre", "section", "article", "aside", "nav", "figure", "figcaption",
			"address", "main", "body");

	/**
	 * Markup whose text is not content: document head, slide masters, headers and
	 * footers, embedded files.
	 */
	private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "title", "script", "style");

	private static final Set<String> SKIPPED_CLASSES = Set.of("slide-master-content", "embedded", "header", "footer");

	private record Block(ElementKind kind, int level) {
	}

	private final ElementAssembler out;

	private final ParseDeadline deadline;

	private final long maxCharacters;

	private final int maxPages;

	private final Deque<Block> blocks = new ArrayDeque<>();

	private final StringBuilder text = new StringBuilder();

	private volatile boolean cancelled;

	private @Nullable TableBuilder table;

	private int tableDepth;

	private int skipDepth;

	private long characters;

	private int slides;

	private int page = 1;

	XhtmlElementHandler(ElementAssembler out, ParseLimits limits, ParseDeadline deadline) {
		this.out = out;
		this.deadline = deadline;
		this.maxCharacters = limits.maxCharacters();
		this.maxPages = limits.maxPages();
	}

	/**
	 * Makes the parse stop at its next event; called from the thread that waits for it.
	 */
	void cancel() {
		this.cancelled = true;
	}

	/** Pages seen: the slide count for presentations, otherwise 1. */
	int pageCount() {
		return Math.max(1, this.slides);
	}

	List<Element> elements() {
		return this.out.drain();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		checkLimits();
		String name = name(localName, qName);
		if (this.skipDepth > 0 || SKIPPED_ELEMENTS.contains(name) || isSkippedDiv(name, attributes)) {
			this.skipDepth++;
			return;
		}
		if (name.equals("div") && "slide-content".equals(attributes.getValue("class"))) {
			startSlide();
		}
		if (this.table != null) {
			startInTable(name);
		}
		else if (name.equals("table")) {
			flushText();
			this.table = new TableBuilder();
			this.tableDepth = 1;
		}
		else if (name.equals("br")) {
			this.text.append('\n');
		}
		else if (BLOCKS.contains(name)) {
			flushText();
			this.blocks.push(blockFor(name));
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		String name = name(localName, qName);
		if (this.skipDepth > 0) {
			this.skipDepth--;
			return;
		}
		TableBuilder open = this.table;
		if (open != null) {
			endInTable(open, name);
		}
		else if (BLOCKS.contains(name)) {
			flushText();
			if (!this.blocks.isEmpty()) {
				this.blocks.pop();
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		checkLimits();
		if (this.skipDepth > 0) {
			return;
		}
		for (int i = start; i < start + length; i++) {
			if (!Character.isWhitespace(ch[i])) {
				this.characters++;
			}
		}
		if (this.characters > this.maxCharacters) {
			throw new SAXException(DocumentRejectedException.tooManyCharacters(this.maxCharacters));
		}
		TableBuilder open = this.table;
		if (open != null) {
			open.text(ch, start, length);
		}
		else {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		// Formatting whitespace between elements carries no content.
	}

	@Override
	public void endDocument() {
		flushText();
	}

	private void startInTable(String name) {
		TableBuilder open = this.table;
		if (open == null) {
			return;
		}
		switch (name) {
			case "table" -> this.tableDepth++;
			case "tr" -> {
				if (this.tableDepth == 1) {
					open.startRow();
				}
			}
			case "td", "th" -> {
				if (this.tableDepth == 1) {
					open.startCell(name.equals("th"));
				}
			}
			case "caption" -> open.inCaption(this.tableDepth == 1);
			case "thead" -> open.inHead(this.tableDepth == 1);
			default -> open.cellBreak();
		}
	}

	private void endInTable(TableBuilder open, String name) {
		switch (name) {
			case "table" -> {
				this.tableDepth--;
				if (this.tableDepth == 0) {
					this.table = null;
					this.out.table(open.build(), this.page);
				}
			}
			case "tr" -> {
				if (this.tableDepth == 1) {
					open.endRow();
				}
			}
			case "td", "th" -> {
				if (this.tableDepth == 1) {
					open.endCell();
				}
			}
			case "caption" -> open.inCaption(false);
			case "thead" -> open.inHead(false);
			default -> open.cellBreak();
		}
	}

	private void startSlide() throws SAXException {
		flushText();
		this.slides++;
		if (this.slides > this.maxPages) {
			throw new SAXException(DocumentRejectedException.tooManyPages(this.slides, this.maxPages));
		}
		this.page = this.slides;
	}

	private Block blockFor(String name) {
		Block enclosing = this.blocks.isEmpty() ? new Block(ElementKind.TEXT, 0) : this.blocks.peek();
		if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
			return new Block(ElementKind.HEADING, name.charAt(1) - '0');
		}
		return switch (name) {
			case "li" -> new Block(ElementKind.LIST_ITEM, 0);
			case "figcaption" -> new Block(ElementKind.CAPTION, 0);
			default -> enclosing;
		};
	}

	private void flushText() {
		String block = normalize(this.text);
		this.text.setLength(0);
		if (block.isEmpty()) {
			return;
		}
		Block current = this.blocks.isEmpty() ? new Block(ElementKind.TEXT, 0) : this.blocks.peek();
		switch (current.kind()) {
			case HEADING -> this.out.heading(block.replace('\n', ' '), current.level(), this.page);
			case LIST_ITEM -> this.out.listItem(block, this.page);
			case CAPTION -> this.out.figureCaption(block, this.page);
			default -> this.out.paragraph(block, this.page);
		}
	}

	private void checkLimits() throws SAXException {
		if (this.cancelled || this.deadline.expired()) {
			throw new SAXException(this.deadline.timeout());
		}
	}

	private static boolean isSkippedDiv(String name, Attributes attributes) {
		String cssClass = attributes.getValue("class");
		return name.equals("div") && cssClass != null && SKIPPED_CLASSES.contains(cssClass);
	}

	private static String name(String localName, String qName) {
		return (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
	}

	/** Collapses runs of spaces, keeps line breaks, drops empty lines. */
	private static String normalize(CharSequence raw) {
		StringBuilder result = new StringBuilder();
		for (String line : raw.toString().split("\\R")) {
			String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
			if (!collapsed.isEmpty()) {
				if (!result.isEmpty()) {
					result.append('\n');
				}
				result.append(collapsed);
			}
		}
		return result.toString();
	}

}
