package io.cairn.core.answer.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as reports write them: thousands separators, a currency sign, parentheses or a
 * minus for negatives, a percent sign, a scale word ("1.2 billion", "$300m").
 */
final class Numbers {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\()?([-−–])?\\s?"
			+ "(US\\$|[$€£¥]|USD\\s?|EUR\\s?|GBP\\s?)?\\s?([-−])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{N}])"
			+ "(?:(\\s?%|\\s(?:percent|per cent)\\b)|\\s?(thousand|million|billion)s?\\b|(mn|bn|k|m|b)\\b)?(\\))?");

	private Numbers() {
	}

	/**
	 * A number found in text.
	 *
	 * @param value the number as written (scale word not applied, sign applied)
	 * @param percent written with % or "percent"
	 * @param scale the scale word written with it, or UNKNOWN
	 * @param currency written with a currency sign or code
	 * @param start offset of the match
	 * @param end end offset of the match
	 */
	record Found(BigDecimal value, boolean percent, Scale scale, boolean currency, int start, int end) {

		/** 1900 to 2100, no separators, no sign, no decimals: most likely a year. */
		boolean yearLike() {
			return !this.currency && !this.percent && this.scale == Scale.UNKNOWN && this.value.scale() <= 0
					&& this.value.compareTo(BigDecimal.valueOf(1900)) >= 0
					&& this.value.compareTo(BigDecimal.valueOf(2100)) <= 0;
		}

	}

	/** Every number in {@code text}, in order. */
	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			boolean open = matcher.group(1) != null;
			boolean close = matcher.group(10) != null;
			boolean negative = (open && close) || matcher.group(2) != null || matcher.group(4) != null;
			BigDecimal value = new BigDecimal(
					matcher.group(5).replace(",", "") + ((matcher.group(6) != null) ? matcher.group(6) : ""));
			Scale scale = (matcher.group(8) != null) ? Scale.ofWord(matcher.group(8))
					: (matcher.group(9) != null) ? Scale.ofWord(matcher.group(9)) : Scale.UNKNOWN;
			// a lone parenthesis belongs to the sentence, not to the number
			int start = (open && !close) ? matcher.start() + 1 : matcher.start();
			int end = (close && !open) ? matcher.start(10) : matcher.end();
			while (Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			found.add(new Found(negative ? value.negate() : value, matcher.group(7) != null, scale,
					matcher.group(3) != null, start, end));
		}
		return found;
	}

	/** The number that a whole table cell holds, or null if the cell is not a number. */
	static @Nullable Found parse(String cell) {
		String stripped = cell.strip();
		List<Found> found = find(stripped);
		if (found.size() != 1) {
			return null;
		}
		Found only = found.getFirst();
		String rest = (stripped.substring(0, only.start()) + stripped.substring(only.end())).replaceAll("[\\s()]", "");
		return rest.isEmpty() ? only : null;
	}

}
