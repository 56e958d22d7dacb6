package io.cairn.core.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and numbers of a text as the citation checker compares them: lower case,
 * English stop words removed, a light suffix stemming, numbers without thousands
 * separators or currency signs, and Chinese as character bigrams.
 */
final class Terms {

	private static final Pattern TOKEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{IsHan}+|[\\p{L}\\p{N}]+");

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
			"at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
			"this", "that", "these", "those", "which", "who", "whom", "what", "when", "where", "why", "how", "there",
			"their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my", "me", "do",
			"does", "did", "has", "have", "had", "not", "no", "so", "than", "then", "also", "such", "can", "could",
			"will", "would", "may", "might", "shall", "should", "into", "about", "over", "per", "all", "any", "each",
			"both", "more", "most", "other", "some", "s");

	private Terms() {
	}

	/** Content terms of {@code text}, in order of first appearance. */
	static Set<String> of(String text) {
		Set<String> terms = new LinkedHashSet<>();
		Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			String token = matcher.group();
			if (Character.isDigit(token.charAt(0))) {
				terms.add(number(token));
			}
			else if (Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN) {
				addBigrams(token, terms);
			}
			else if (!STOP_WORDS.contains(token)) {
				terms.add(stem(token));
			}
		}
		return terms;
	}

	/** The numbers written in {@code text}, normalised like {@link #of(String)} does. */
	static Set<String> numbers(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(number(matcher.group()));
		}
		return numbers;
	}

	private static String number(String token) {
		String plain = token.replace(",", "");
		// "12.50" and "12.5" are the same value as written in a source.
		if (plain.contains(".")) {
			plain = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return plain;
	}

	private static void addBigrams(String han, Set<String> terms) {
		if (han.length() == 1) {
			terms.add(han);
			return;
		}
		for (int i = 0; i + 1 < han.length(); i++) {
			terms.add(han.substring(i, i + 2));
		}
	}

	private static String stem(String word) {
		if (word.length() > 5 && word.endsWith("ing")) {
			return word.substring(0, word.length() - 3);
		}
		if (word.length() > 4 && word.endsWith("ed")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
