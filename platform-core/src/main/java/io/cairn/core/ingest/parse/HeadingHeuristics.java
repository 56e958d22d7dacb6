package io.cairn.core.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a line of a format without heading markup (PDF, plain text) is a
 * heading, and its level: a short line without final punctuation that is numbered ("1.2
 * Methods", "第二章 总则"), set in a larger font than the body, or written in capitals.
 */
final class HeadingHeuristics {

	/**
	 * Font size, relative to the page's body text, from which a short line counts as a
	 * heading.
	 */
	static final double LARGER_FONT = 1.12;

	private static final int MAX_LENGTH = 120;

	private static final int MAX_WORDS = 14;

	private static final Pattern NUMBERED = Pattern
		.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,5})\\.?\\s+(?=[\\p{Lu}\\p{IsHan}])(.+)$");

	private static final Pattern CHINESE_CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇\\d]+(章|部分|编|节|条)\\s*\\S.*$");

	private static final Pattern CHINESE_ENUMERATED = Pattern.compile("^([（(])?[一二三四五六七八九十]+[、）)]\\s*\\S.*$");

	private static final String FINAL_PUNCTUATION = ".,;:，。；：、";

	private HeadingHeuristics() {
	}

	/**
	 * The heading level of a line that stands on its own, or 0 when it reads as body
	 * text.
	 * @param line the line's text
	 * @param fontRatio its font size divided by the body text's; 1 when unknown
	 */
	static int level(String line, double fontRatio) {
		String text = line.strip();
		if (!shortAndOpen(text)) {
			return 0;
		}
		Matcher numbered = NUMBERED.matcher(text);
		if (numbered.matches() && mostlyLetters(numbered.group(2))) {
			return Math.min(6, numbered.group(1).split("\\.").length);
		}
		Matcher chapter = CHINESE_CHAPTER.matcher(text);
		if (chapter.matches()) {
			return switch (chapter.group(1)) {
				case "章", "部分", "编" -> 1;
				case "节" -> 2;
				default -> 3;
			};
		}
		Matcher enumerated = CHINESE_ENUMERATED.matcher(text);
		if (enumerated.matches() && text.length() <= 40) {
			return (enumerated.group(1) != null) ? 2 : 1;
		}
		if (fontRatio >= 1.5) {
			return 1;
		}
		if (fontRatio >= 1.25) {
			return 2;
		}
		if (fontRatio >= LARGER_FONT) {
			return 3;
		}
		return isCapitals(text) ? 2 : 0;
	}

	/**
	 * Whether a line is a numbered title such as "2.1 Results", which never continues a
	 * previous title line.
	 */
	static boolean isNumbered(String line) {
		return NUMBERED.matcher(line.strip()).matches();
	}

	private static boolean shortAndOpen(String text) {
		if (text.length() < 2 || text.length() > MAX_LENGTH
				|| FINAL_PUNCTUATION.indexOf(text.charAt(text.length() - 1)) >= 0) {
			return false;
		}
		if (words(text) > MAX_WORDS || TextPatterns.isPageNumber(text)) {
			return false;
		}
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static int words(String text) {
		int words = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
				words++;
			}
		}
		return words;
	}

	private static boolean mostlyLetters(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long visible = text.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
		return letters * 2 >= visible;
	}

	private static boolean isCapitals(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long upper = text.codePoints().filter(Character::isUpperCase).count();
		long visible = text.codePoints().filter((c) -> !Character.isWhitespace(c)).count();
		return letters >= 4 && upper == letters && letters * 10 >= visible * 6;
	}

}
