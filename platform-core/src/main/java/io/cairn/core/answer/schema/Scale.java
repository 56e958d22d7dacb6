package io.cairn.core.answer.schema;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A multiplier that sources state for their figures ("in millions", "$1.2 billion"). */
enum Scale {

	/** None stated. */
	UNKNOWN(BigDecimal.ONE), ONE(BigDecimal.ONE), THOUSAND(new BigDecimal("1e3")), MILLION(new BigDecimal("1e6")),
	BILLION(new BigDecimal("1e9"));

	/** "in millions", "(millions)", "$ in thousands", "in billions of dollars". */
	private static final Pattern STATED = Pattern.compile(
			"\\b(?:in|\\()\\s*(?:[$€£¥]\\s*|\\p{Lu}{3}\\s+)?(thousands|millions|billions)\\b",
			Pattern.CASE_INSENSITIVE);

	/** What a description asks for: "in millions", "in thousands", or whole units. */
	private static final Pattern REQUESTED = Pattern.compile(
			"\\b(?:in\\s+)?(thousands|millions|billions)\\b|\\b(units|absolute|full amount|whole (?:dollars|euros|units))\\b",
			Pattern.CASE_INSENSITIVE);

	private final BigDecimal factor;

	Scale(BigDecimal factor) {
		this.factor = factor;
	}

	BigDecimal factor() {
		return this.factor;
	}

	/** The scale a caption or header states, or UNKNOWN. */
	static Scale stated(String text) {
		Matcher matcher = STATED.matcher(text);
		return matcher.find() ? ofWord(matcher.group(1)) : UNKNOWN;
	}

	/** The scale a field's title or description asks for, or UNKNOWN. */
	static Scale requested(String text) {
		Matcher matcher = REQUESTED.matcher(text);
		if (!matcher.find()) {
			return UNKNOWN;
		}
		return (matcher.group(1) != null) ? ofWord(matcher.group(1)) : ONE;
	}

	/** "million", "mn", "m", "bn", "k", "thousand"... after a number. */
	static Scale ofWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.startsWith("thousand") || lower.equals("k")) {
			return THOUSAND;
		}
		if (lower.startsWith("million") || lower.equals("mn") || lower.equals("m") || lower.equals("mm")) {
			return MILLION;
		}
		if (lower.startsWith("billion") || lower.equals("bn") || lower.equals("b")) {
			return BILLION;
		}
		return UNKNOWN;
	}

}
