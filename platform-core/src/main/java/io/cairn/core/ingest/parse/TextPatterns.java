package io.cairn.core.ingest.parse;

import java.util.regex.Pattern;

/** Recognisers for captions, list items and noise lines, shared by all parsers. */
final class TextPatterns {

	private static final int MAX_CAPTION_LENGTH = 400;

	/**
	 * "Table 3: ...", "TABLE 2 Baseline data", "表 1": a caption to attach to the table
	 * that follows; "Table 3 shows ..." is a sentence, not a caption.
	 */
	private static final Pattern TABLE_CAPTION = Pattern
		.compile("^(?:(?i:table|tab\\.|exhibit)\\s*\\d+(?:\\.\\d+)?[a-z]?(?:\\s*$|\\s*[.:–—-]|\\s+\\p{Lu})"
				+ "|表\\s*\\d+(?:\\s|[.:：、]|$))");

	/** "Figure 2. ...", "Fig. 3", "图 4". */
	private static final Pattern FIGURE_CAPTION = Pattern
		.compile("^(?:(?i:figure|fig\\.|chart)\\s*\\d+(?:\\.\\d+)?[a-z]?(?:\\s*$|\\s*[.:–—-]|\\s+\\p{Lu})"
				+ "|图\\s*\\d+(?:\\s|[.:：、]|$))");

	/** A bullet or an enumerator such as "1.", "a)" or "(iv)" at the start of a line. */
	private static final Pattern LIST_ITEM = Pattern
		.compile("^(?:[•◦▪▫‣⁃●○■□►▶✓✔*+\\-–—]|\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})\\)|\\d{1,3}\\.)\\s+\\S");

	/** A line holding only a page number, e.g. "12", "Page 3 of 10", "- 4 -". */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^(?i:page\\s+)?[-–]?\\s*\\d{1,5}\\s*[-–]?(?:\\s*(?i:of|/)\\s*\\d{1,5})?$");

	private TextPatterns() {
	}

	static boolean isCaption(String text) {
		return isTableCaption(text)
				|| (text.length() <= MAX_CAPTION_LENGTH && FIGURE_CAPTION.matcher(text).lookingAt());
	}

	static boolean isTableCaption(String text) {
		return text.length() <= MAX_CAPTION_LENGTH && TABLE_CAPTION.matcher(text).lookingAt();
	}

	static boolean isListItem(String line) {
		return LIST_ITEM.matcher(line).lookingAt();
	}

	static boolean isPageNumber(String line) {
		return PAGE_NUMBER.matcher(line.strip()).matches();
	}

}
