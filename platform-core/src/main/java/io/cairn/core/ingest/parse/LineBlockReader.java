package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.media.Box;
import org.jspecify.annotations.Nullable;

/**
 * Turns laid-out lines (one PDF page, or a plain-text file) into headings, paragraphs,
 * list items and captions. The body font size is measured per call, that is per page, so
 * that a page's result does not depend on the other pages.
 */
final class LineBlockReader {

	/**
	 * A body-size heading must be clearly shorter than the line after it, or it is a
	 * wrapped line.
	 */
	private static final double SHORTER_THAN_NEXT = 0.7;

	private final ElementAssembler out;

	private final int page;

	private final StringBuilder block = new StringBuilder();

	private boolean blockIsListItem;

	private @Nullable Box blockBox;

	private @Nullable PendingHeading heading;

	private static final class PendingHeading {

		private final StringBuilder text;

		private final int level;

		private final double fontSize;

		private final boolean fromFont;

		private @Nullable Box box;

		PendingHeading(TextLine line, int level, boolean fromFont) {
			this.text = new StringBuilder(line.text());
			this.level = level;
			this.fontSize = line.fontSize();
			this.fromFont = fromFont;
			this.box = line.box();
		}

	}

	private LineBlockReader(ElementAssembler out, int page) {
		this.out = out;
		this.page = page;
	}

	/**
	 * Reads the lines of a PDF page, leaving out a page number printed at its top or
	 * bottom.
	 */
	static void readPage(List<TextLine> pageLines, int page, ElementAssembler out) {
		new LineBlockReader(out, page).read(withoutPageNumbers(pageLines));
	}

	/** Reads lines that have no page layout, such as a plain-text file. */
	static void read(List<TextLine> lines, ElementAssembler out) {
		new LineBlockReader(out, 1).read(lines);
	}

	private void read(List<TextLine> lines) {
		double bodySize = bodyFontSize(lines);
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			TextLine previous = (i > 0) ? lines.get(i - 1) : null;
			TextLine next = (i + 1 < lines.size()) ? lines.get(i + 1) : null;
			if (previous != null && previous.paragraph() != line.paragraph() && !continues(previous, line)) {
				flush();
			}
			double ratio = (bodySize > 0 && line.fontSize() > 0) ? line.fontSize() / bodySize : 1;
			boolean largerFont = ratio >= HeadingHeuristics.LARGER_FONT;
			int level = (largerFont || standsAlone(line, previous, next)) ? HeadingHeuristics.level(line.text(), ratio)
					: 0;
			if (level > 0) {
				addHeadingLine(line, level, largerFont);
			}
			else if (TextPatterns.isListItem(line.text())) {
				flush();
				this.blockIsListItem = true;
				this.block.append(line.text());
				this.blockBox = line.box();
			}
			else {
				flushHeading();
				TextJoin.append(this.block, line.text());
				this.blockBox = union(this.blockBox, line.box());
			}
		}
		flush();
	}

	/** A title wrapped over several lines in the same large font is one heading. */
	private void addHeadingLine(TextLine line, int level, boolean fromFont) {
		PendingHeading pending = this.heading;
		if (pending != null && fromFont && pending.fromFont && pending.level == level
				&& Math.abs(pending.fontSize - line.fontSize()) < 0.5 && !HeadingHeuristics.isNumbered(line.text())) {
			TextJoin.append(pending.text, line.text());
			pending.box = union(pending.box, line.box());
			return;
		}
		flush();
		this.heading = new PendingHeading(line, level, fromFont);
	}

	private static boolean standsAlone(TextLine line, @Nullable TextLine previous, @Nullable TextLine next) {
		boolean startsBlock = previous == null || previous.paragraph() != line.paragraph()
				|| endsSentence(previous.text());
		boolean endsBlock = next == null || next.paragraph() != line.paragraph()
				|| line.text().length() <= SHORTER_THAN_NEXT * next.text().length();
		return startsBlock && endsBlock;
	}

	/**
	 * PDFBox starts a new paragraph at every wide line gap, so double-spaced text comes
	 * as one paragraph per line: a line that starts in lower case after an unfinished one
	 * continues it.
	 */
	private boolean continues(TextLine previous, TextLine line) {
		return this.heading == null && !this.block.isEmpty() && !endsSentence(previous.text())
				&& Character.isLowerCase(line.text().codePointAt(0))
				&& Math.abs(previous.fontSize() - line.fontSize()) < 0.5;
	}

	private static boolean endsSentence(String text) {
		return !text.isEmpty() && ".!?。！？;；:：".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private void flush() {
		flushHeading();
		if (!this.block.isEmpty()) {
			if (this.blockIsListItem) {
				this.out.listItem(this.block.toString(), this.page, this.blockBox);
			}
			else {
				this.out.paragraph(this.block.toString(), this.page, this.blockBox);
			}
		}
		this.block.setLength(0);
		this.blockIsListItem = false;
		this.blockBox = null;
	}

	private void flushHeading() {
		PendingHeading pending = this.heading;
		if (pending != null) {
			this.heading = null;
			this.out.heading(pending.text.toString(), pending.level, this.page, pending.box);
		}
	}

	private static @Nullable Box union(@Nullable Box a, @Nullable Box b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a.union(b);
	}

	/** Page numbers printed at the top or bottom of a page are layout, not content. */
	private static List<TextLine> withoutPageNumbers(List<TextLine> lines) {
		List<TextLine> kept = new ArrayList<>(lines);
		if (!kept.isEmpty() && TextPatterns.isPageNumber(kept.getLast().text())) {
			kept.removeLast();
		}
		if (!kept.isEmpty() && TextPatterns.isPageNumber(kept.getFirst().text())) {
			kept.removeFirst();
		}
		return kept;
	}

	/**
	 * The font size that most characters on the page have, to half a point; the smaller
	 * one on a tie.
	 */
	private static double bodyFontSize(List<TextLine> lines) {
		Map<Long, Integer> charactersBySize = new HashMap<>();
		for (TextLine line : lines) {
			if (line.fontSize() > 0) {
				charactersBySize.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
			}
		}
		return charactersBySize.entrySet()
			.stream()
			.max(Map.Entry.<Long, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map((entry) -> entry.getKey() / 2.0)
			.orElse(0.0);
	}

}
