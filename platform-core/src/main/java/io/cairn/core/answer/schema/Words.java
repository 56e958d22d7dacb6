package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for matching field names against source text: camelCase and snake_case split,
 * lower case, a light plural stem, function words dropped.
 */
final class Words {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern CAMEL = Pattern
		.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

	private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "by",
			"with", "as", "at", "from", "is", "are", "was", "were", "be", "its", "it", "this", "that", "these", "those",
			"what", "which", "who", "whom", "how", "when", "where", "any", "all", "each", "per", "if", "name", "value",
			"number", "amount", "total", "field", "whether", "does", "did", "do", "has", "have", "had", "there", "our",
			"their", "company", "s", "e", "g", "i", "thousand", "thousands", "million", "millions", "billion",
			"billions", "usd", "format", "iso", "date", "yyyy", "mm", "dd", "true", "false", "yes", "no", "null");

	private Words() {
	}

	/** Content words of a field name, title or description (stemmed). */
	static Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (String word : split(text)) {
			if (!STOP.contains(word)) {
				terms.add(stem(word));
			}
		}
		return terms;
	}

	/** All words of a source text (stemmed), stop words kept. */
	static Set<String> all(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : split(text)) {
			words.add(stem(word));
		}
		return words;
	}

	/**
	 * Lower-case words, identifiers split at camelCase, underscores and digits-letters.
	 */
	static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text.replace('_', ' '));
		while (matcher.find()) {
			for (String part : CAMEL.split(matcher.group())) {
				if (!part.isEmpty()) {
					words.add(part.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/** "Revenues" -> "revenue", "subsidiaries" -> "subsidiary"; short words unchanged. */
	static String stem(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/** A field name as words: "netIncome" -> "net income". */
	static String spoken(String name) {
		return String.join(" ", split(name));
	}

}
