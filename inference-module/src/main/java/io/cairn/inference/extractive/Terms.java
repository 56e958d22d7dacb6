package io.cairn.inference.extractive;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Content terms for overlap scoring, without a model: English words lower-cased, stop
 * words dropped and lightly stemmed ("sales" and "sale" meet); Chinese as character
 * bigrams. Pure numbers are left to {@link Quantities}.
 */
final class Terms {

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at",
			"to", "for", "from", "by", "with", "about", "as", "into", "over", "under", "between", "during", "is", "are",
			"was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having",
			"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "this", "that",
			"these", "those", "it", "its", "they", "them", "their", "there", "here", "he", "she", "his", "her", "we",
			"our", "you", "your", "i", "me", "my", "not", "no", "yes", "can", "could", "would", "should", "will",
			"shall", "may", "might", "must", "than", "then", "so", "if", "any", "all", "some", "each", "per", "also",
			"only", "very", "s", "tell", "give", "list", "name", "describe", "please", "according", "amount", "value",
			"number", "year", "years");

	/** Question words and particles that Chinese answers do not repeat. */
	private static final Set<String> CHINESE_STOP_BIGRAMS = Set.of("什么", "多少", "哪些", "哪个", "哪里", "哪一", "一年", "是否", "如何",
			"为什", "么时", "时候", "怎么", "怎样", "请问", "是什", "的是", "了吗", "是多", "少？", "有哪", "是哪");

	private Terms() {
	}

	/** The content terms of {@code text}, in first-seen order. */
	static Set<String> of(String text) {
		Set<String> terms = new LinkedHashSet<>();
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder word = new StringBuilder();
		StringBuilder han = new StringBuilder();
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (isCjk(c)) {
				addWord(word, terms);
				han.append(c);
			}
			else if (Character.isLetterOrDigit(c)) {
				addHan(han, terms);
				word.append(c);
			}
			else {
				addWord(word, terms);
				addHan(han, terms);
			}
		}
		addWord(word, terms);
		addHan(han, terms);
		return terms;
	}

	/** The share of {@code terms} that occur in {@code in}, 0 when there are none. */
	static double recall(Set<String> terms, Set<String> in) {
		if (terms.isEmpty()) {
			return 0;
		}
		long found = terms.stream().filter(in::contains).count();
		return (double) found / terms.size();
	}

	/**
	 * How much of the smaller set the larger one contains: 1 for a sentence repeated
	 * inside another.
	 */
	static double containment(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> small = (a.size() <= b.size()) ? a : b;
		Set<String> large = (small == a) ? b : a;
		return recall(small, large);
	}

	/** The share of letters in {@code text} that are Chinese or Japanese characters. */
	static double cjkShare(String text) {
		int letters = 0;
		int cjk = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isCjk(c)) {
				cjk++;
				letters++;
			}
			else if (Character.isLetter(c)) {
				letters++;
			}
		}
		return (letters == 0) ? 0 : (double) cjk / letters;
	}

	static boolean isCjk(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	/** Light English stemming: enough for plural and tense variants to meet. */
	static String stem(String word) {
		String stem = stripSuffix(word);
		// "increase" and "increased", "sale" and "sales" meet without their final e.
		return (stem.length() > 3 && stem.endsWith("e")) ? stem.substring(0, stem.length() - 1) : stem;
	}

	private static String stripSuffix(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 5 && word.endsWith("ing")) {
			return word.substring(0, word.length() - 3);
		}
		if (word.length() > 4 && word.endsWith("ed")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches"))) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	private static void addWord(StringBuilder word, Set<String> terms) {
		if (word.isEmpty()) {
			return;
		}
		String text = word.toString();
		word.setLength(0);
		if (STOP_WORDS.contains(text) || text.chars().allMatch(Character::isDigit)) {
			return;
		}
		terms.add(stem(text));
	}

	private static void addHan(StringBuilder han, Set<String> terms) {
		if (han.isEmpty()) {
			return;
		}
		if (han.length() == 1) {
			terms.add(han.toString());
		}
		for (int i = 0; i + 1 < han.length(); i++) {
			String bigram = han.substring(i, i + 2);
			if (!CHINESE_STOP_BIGRAMS.contains(bigram)) {
				terms.add(bigram);
			}
		}
		han.setLength(0);
	}

}
