package io.cairn.api.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Exact match and token F1 in the manner of the TAT-QA evaluation: lower case; thousands
 * separators, {@code $}, {@code %}, scale words, articles and punctuation removed;
 * numbers compared by value ("1,496.50" = "1496.5"). A multi-span answer is compared as a
 * set of spans (the prediction is split at commas, semicolons and "and").
 */
final class AnswerMetrics {

	private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d+]");

	private static final Pattern DIGIT_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");

	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}.\\-\\s]");

	/** A dot that is not a decimal point. */
	private static final Pattern DOT = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");

	/** A hyphen that is not a minus sign. */
	private static final Pattern HYPHEN = Pattern.compile("-(?!\\d)|(?<=[\\p{L}\\p{N}])-");

	private static final Pattern SPAN_SEPARATOR = Pattern.compile(";|,(?!\\d{3})|\\band\\b");

	private static final Set<String> DROPPED = Set.of("a", "an", "the", "thousand", "thousands", "million", "millions",
			"billion", "billions", "percent");

	private AnswerMetrics() {
	}

	/** The answer text without its citation markers. */
	static String withoutMarkers(String text) {
		return MARKER.matcher(text).replaceAll("").strip();
	}

	static List<String> tokens(String text) {
		String plain = DIGIT_COMMA.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
		plain = plain.replace("$", " ").replace("%", " ");
		plain = PUNCTUATION.matcher(plain).replaceAll(" ");
		plain = HYPHEN.matcher(DOT.matcher(plain).replaceAll(" ")).replaceAll(" ");
		List<String> tokens = new ArrayList<>();
		for (String token : plain.split("\\s+")) {
			if (!token.isEmpty() && !DROPPED.contains(token)) {
				tokens.add(number(token));
			}
		}
		return tokens;
	}

	static String normalized(String text) {
		return String.join(" ", tokens(text));
	}

	static boolean exactMatch(String prediction, String gold) {
		return normalized(prediction).equals(normalized(gold));
	}

	/** Bag-of-tokens F1 (SQuAD style). */
	static double f1(List<String> predicted, List<String> gold) {
		if (predicted.isEmpty() || gold.isEmpty()) {
			return (predicted.isEmpty() && gold.isEmpty()) ? 1 : 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		gold.forEach((token) -> counts.merge(token, 1, Integer::sum));
		int common = 0;
		for (String token : predicted) {
			Integer left = counts.get(token);
			if (left != null && left > 0) {
				common++;
				counts.put(token, left - 1);
			}
		}
		if (common == 0) {
			return 0;
		}
		double precision = (double) common / predicted.size();
		double recall = (double) common / gold.size();
		return 2 * precision * recall / (precision + recall);
	}

	static double f1(String prediction, String gold) {
		return f1(tokens(prediction), tokens(gold));
	}

	/** Multi-span: the normalised span sets are equal. */
	static boolean exactMatch(String prediction, List<String> gold) {
		return spans(List.of(SPAN_SEPARATOR.split(prediction))).equals(spans(gold));
	}

	/** Multi-span: token F1 of all spans together. */
	static double f1(String prediction, List<String> gold) {
		return f1(tokens(prediction), tokens(String.join(" ", gold)));
	}

	private static Set<String> spans(List<String> spans) {
		Set<String> normalized = new TreeSet<>();
		for (String span : spans) {
			String value = normalized(span);
			if (!value.isEmpty()) {
				normalized.add(value);
			}
		}
		return normalized;
	}

	private static String number(String token) {
		if (!token.matches("-?\\d+(?:\\.\\d+)?")) {
			return token;
		}
		return new BigDecimal(token).stripTrailingZeros().toPlainString();
	}

}
