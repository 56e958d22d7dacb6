package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown that documents use: ATX ({@code #}) and setext headings, paragraphs, list
 * items, fenced code, block quotes and pipe tables (header row, then a {@code |---|}
 * delimiter row). Inline markup is reduced to its text.
 */
final class MarkdownReader {

	private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");

	private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

	private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,8}(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");

	private static final Pattern TABLE_DELIMITER = Pattern
		.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

	private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

	private final ElementAssembler out;

	private final StringBuilder paragraph = new StringBuilder();

	private int paragraphLines;

	private boolean inListItem;

	private MarkdownReader(ElementAssembler out) {
		this.out = out;
	}

	static void read(List<String> lines, ElementAssembler out) {
		new MarkdownReader(out).readLines(lines);
	}

	private void readLines(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher heading = ATX_HEADING.matcher(line);
			Matcher listItem = LIST_ITEM.matcher(line);
			if (FENCE.matcher(line).matches()) {
				i = readFence(lines, i);
			}
			else if (line.isBlank()) {
				flush();
			}
			else if (heading.matches()) {
				flush();
				this.out.heading(inline((heading.group(2) != null) ? heading.group(2) : ""), heading.group(1).length(),
						1);
			}
			else if (SETEXT_UNDERLINE.matcher(line).matches() && this.paragraphLines == 1 && !this.inListItem) {
				String title = this.paragraph.toString();
				this.paragraph.setLength(0);
				this.paragraphLines = 0;
				this.out.heading(title, line.strip().startsWith("=") ? 1 : 2, 1);
			}
			else if (THEMATIC_BREAK.matcher(line).matches()) {
				flush();
			}
			else if (isTableStart(lines, i)) {
				flush();
				i = readTable(lines, i);
			}
			else if (listItem.matches()) {
				flush();
				this.inListItem = true;
				append(listItem.group(1));
			}
			else {
				append(line.strip().startsWith(">") ? line.strip().replaceFirst("^>+\\s?", "") : line);
			}
		}
		flush();
	}

	private void append(String line) {
		TextJoin.append(this.paragraph, inline(line));
		this.paragraphLines++;
	}

	private void flush() {
		if (!this.paragraph.isEmpty()) {
			if (this.inListItem) {
				this.out.listItem(this.paragraph.toString(), 1);
			}
			else {
				this.out.paragraph(this.paragraph.toString(), 1);
			}
		}
		this.paragraph.setLength(0);
		this.paragraphLines = 0;
		this.inListItem = false;
	}

	/** A fenced code block is one text element, line breaks kept. */
	private int readFence(List<String> lines, int start) {
		flush();
		String fence = lines.get(start).strip().substring(0, 3);
		StringBuilder code = new StringBuilder();
		int i = start + 1;
		for (; i < lines.size() && !lines.get(i).strip().startsWith(fence); i++) {
			code.append(lines.get(i)).append('\n');
		}
		if (!code.isEmpty()) {
			this.out.paragraph(code.toString().stripTrailing(), 1);
		}
		return i;
	}

	private static boolean isTableStart(List<String> lines, int i) {
		return lines.get(i).contains("|") && i + 1 < lines.size() && TABLE_DELIMITER.matcher(lines.get(i + 1)).matches()
				&& lines.get(i + 1).contains("-");
	}

	/** A pipe table: header row, delimiter row, then rows until a line without a pipe. */
	private int readTable(List<String> lines, int start) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(cells(lines.get(start)));
		int i = start + 2;
		for (; i < lines.size() && lines.get(i).contains("|") && !lines.get(i).isBlank(); i++) {
			rows.add(cells(lines.get(i)));
		}
		this.out.table(new Table(null, rows, 1), 1);
		return i - 1;
	}

	private static List<String> cells(String row) {
		String trimmed = row.strip();
		if (trimmed.startsWith("|")) {
			trimmed = trimmed.substring(1);
		}
		if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return Arrays.stream(CELL_SEPARATOR.split(trimmed, -1))
			.map((cell) -> inline(cell.replace("\\|", "|")).strip())
			.toList();
	}

	/** Links and images become their text; emphasis and code markers go. */
	private static String inline(String text) {
		return text.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
			.replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
			.replaceAll("`([^`]+)`", "$1")
			.strip();
	}

}
