package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, for English and Chinese, without a model: at {@code . ! ?}
 * followed by a space and a capital, digit or opening quote, unless the word before is an
 * abbreviation ("e.g.", "Dr.", "Fig.", "U.S.") or an initial; at {@code 。！？；} (and their
 * full- and half-width forms) right away; and at every line break. Closing quotes and
 * brackets stay with their sentence. Decimals such as "3.5" never split. Thread-safe.
 */
public final class SentenceSplitter {

	/**
	 * Abbreviations that end with a period but rarely end a sentence (lower case, without
	 * the period).
	 */
	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "cf", "al", "approx", "ca", "dr", "mr",
			"mrs", "ms", "prof", "sr", "jr", "st", "fig", "figs", "no", "nos", "vol", "vols", "pp", "p", "eq", "eqs",
			"ref", "refs", "sec", "ch", "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec", "mt", "gen", "col", "lt", "sgt", "rev", "hon", "art", "para",
			"viz", "op", "cit", "resp", "incl", "univ", "ave", "blvd", "rd", "tab", "ed", "eds", "est", "ft", "in");

	/**
	 * Ideographic full stop, full-width ! ? ; and the half-width ideographic full stop.
	 */
	private static final String CJK_TERMINATORS = "。！？；｡";

	private static final String LATIN_TERMINATORS = ".!?";

	private static final String CLOSERS = "\"'”’）)]}」』》〉】";

	private static final String OPENERS = "\"'“‘（([{「『《〈【";

	/** The sentences of {@code text}, stripped, none empty. */
	public List<String> split(String text) {
		List<String> sentences = new ArrayList<>();
		for (String line : text.split("\\R")) {
			splitLine(line, sentences);
		}
		return sentences;
	}

	private void splitLine(String line, List<String> sentences) {
		int start = 0;
		int length = line.length();
		for (int i = 0; i < length; i++) {
			char c = line.charAt(i);
			boolean cjk = CJK_TERMINATORS.indexOf(c) >= 0;
			if (!cjk && LATIN_TERMINATORS.indexOf(c) < 0) {
				continue;
			}
			int end = i + 1;
			while (end < length && (isTerminator(line.charAt(end)) || CLOSERS.indexOf(line.charAt(end)) >= 0)) {
				end++;
			}
			if (end == length) {
				break;
			}
			if (cjk || endsLatinSentence(line, start, i, end)) {
				add(line.substring(start, end), sentences);
				start = end;
			}
			i = end - 1;
		}
		add(line.substring(start), sentences);
	}

	/**
	 * Whether the Latin terminator at {@code at} (its run ending before {@code end}) ends
	 * a sentence.
	 */
	private boolean endsLatinSentence(String line, int sentenceStart, int at, int end) {
		char after = line.charAt(end);
		if (isCjk(after)) {
			return true;
		}
		if (!Character.isWhitespace(after)) {
			return false;
		}
		int next = end;
		while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
			next++;
		}
		if (next == line.length()) {
			return false;
		}
		char first = line.charAt(next);
		if (Character.isLowerCase(first)) {
			return false;
		}
		if (line.charAt(at) != '.' || end > at + 1) {
			return true;
		}
		String word = wordBefore(line, sentenceStart, at);
		if (isAbbreviation(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
			return false;
		}
		// "2. Next step": an enumerator at the start of a sentence, not the end of one.
		boolean enumerator = word.chars().allMatch(Character::isDigit) && word.length() <= 3
				&& line.substring(sentenceStart, at - word.length()).isBlank();
		return !enumerator;
	}

	private static String wordBefore(String line, int sentenceStart, int period) {
		int from = period;
		while (from > sentenceStart && !Character.isWhitespace(line.charAt(from - 1))) {
			from--;
		}
		String word = line.substring(from, period);
		int skip = 0;
		while (skip < word.length() && OPENERS.indexOf(word.charAt(skip)) >= 0) {
			skip++;
		}
		return word.substring(skip);
	}

	private static boolean isAbbreviation(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		// Dotted initialisms such as "U.S", "e.g", "a.m", "Ph.D".
		return ABBREVIATIONS.contains(lower) || lower.matches("(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}");
	}

	private static boolean isTerminator(char c) {
		return CJK_TERMINATORS.indexOf(c) >= 0 || LATIN_TERMINATORS.indexOf(c) >= 0;
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
	}

	private static void add(String sentence, List<String> sentences) {
		String stripped = sentence.strip();
		if (!stripped.isEmpty()) {
			sentences.add(stripped);
		}
	}

}
