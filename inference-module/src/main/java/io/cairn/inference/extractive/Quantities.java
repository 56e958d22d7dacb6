package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers, amounts and dates in text, as exact spans: "$1,496.5", "12.5%", "3.2 billion",
 * "March 3, 2019", "2019年3月", "12亿元". Values are normalised ("1,496.5" to "1496.5") so
 * that a question's "2019" or "1,000" meets the same number written another way.
 */
final class Quantities {

	private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern DATE = Pattern.compile("(?i)\\b" + MONTH
			+ "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b" + "|\\b\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}\\b" + "|\\b"
			+ MONTH + ",?\\s+\\d{4}\\b" + "|\\b\\d{4}-\\d{2}-\\d{2}\\b" + "|\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?");

	private static final Pattern QUANTITY = Pattern
		.compile("(?i)(?<currency>(?:US|HK|A|C)?\\$|€|£|¥|￥|rmb\\s?|usd\\s?|eur\\s?)?"
				+ "(?<open>\\()?(?<sign>[-−])?(?<number>\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?!\\d)\\)?"
				+ "(?<percent>\\s?(?:%|％|percent\\b|per cent\\b))?"
				+ "(?<scale>\\s?(?:thousand|million|billion|trillion|bn|mn)\\b|万|亿)?"
				+ "(?<unit>元|美元|港元|人民币|个|人|家|次|岁|倍|天|\\s(?:days?|weeks?|months?|hours?|minutes?|mg|kg|km|cm|mm|ml)\\b)?");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve");

	/** A small number in words with a unit of time ("five days"). */
	private static final Pattern WORD_QUANTITY = Pattern.compile(
			"(?i)\\b(?<number>" + String.join("|", NUMBER_WORDS) + ")\\s(?:days?|weeks?|months?|years?|hours?)\\b");

	private static final Pattern DATE_QUESTION = Pattern
		.compile("(?i)\\bwhen\\b|\\b(?:what|which|in what) (?:year|date|month|day)" + "|什么时候|哪一年|哪年|何时|日期|什么时间|哪天");

	private static final Pattern NUMERIC_QUESTION = Pattern
		.compile("(?i)\\bhow (?:much|many|long|old|far|big|large|high)\\b"
				+ "|\\b(?:amount|number|percentage|percent|proportion|ratio|rate|total|value|cost|price|revenue|sales|income"
				+ "|expenses?|margin|growth|change|difference|average|sum|count|size|balance|profit|loss|dividend|share)s?\\b"
				+ "|多少|几|金额|比例|比率|百分比|数量|总额|收入|利润|增长");

	/**
	 * Questions that ask for a reason, a manner or a description: they may name an amount
	 * ("why did income decrease?") but are not answered by one.
	 */
	private static final Pattern DESCRIPTIVE_QUESTION = Pattern.compile(
			"(?i)^\\s*(?:why|explain|describe)\\b|\\bhow (?:did|does|do|is|are|was|were|has|have|can|will|would)\\b"
					+ "|\\bwhat (?:does|do|did|is|are|was|were) .*\\b(?:consist|include|comprise|represent|mean|cause|reason|relate)"
					+ "|为什么|为何|原因|如何|怎样");

	private Quantities() {
	}

	/** What a question asks for, as far as the exact answer goes. */
	enum QuestionKind {

		/** An amount, count, percentage or other number. */
		NUMERIC,
		/** A date or year. */
		DATE,
		/** Anything else: no exact span is extracted. */
		OTHER

	}

	/** The kind of {@code question}. */
	static QuestionKind kind(String question) {
		if (DATE_QUESTION.matcher(question).find()) {
			return QuestionKind.DATE;
		}
		if (DESCRIPTIVE_QUESTION.matcher(question).find()) {
			return QuestionKind.OTHER;
		}
		return NUMERIC_QUESTION.matcher(question).find() ? QuestionKind.NUMERIC : QuestionKind.OTHER;
	}

	/** Dates and quantities in {@code text}, in text order, without overlaps. */
	static List<Span> spans(String text) {
		List<Span> spans = new ArrayList<>();
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			spans.add(new Span(date.group(), date.start(), date.end(), Kind.DATE, null, null));
		}
		Matcher words = WORD_QUANTITY.matcher(text);
		while (words.find()) {
			String value = Integer.toString(NUMBER_WORDS.indexOf(words.group("number").toLowerCase(Locale.ROOT)) + 1);
			spans.add(new Span(words.group(), words.start(), words.end(), Kind.NUMBER, value, null));
		}
		Matcher quantity = QUANTITY.matcher(text);
		while (quantity.find()) {
			int start = quantity.start();
			if (overlapsAny(spans, start, quantity.end())) {
				continue;
			}
			String number = quantity.group("number").replace(",", "");
			boolean money = quantity.group("currency") != null;
			boolean percent = quantity.group("percent") != null;
			String scale = scaleWord(quantity.group("scale"));
			Kind kind = money ? Kind.MONEY
					: percent ? Kind.PERCENT
							: (YEAR.matcher(number).matches() && scale == null && quantity.group("unit") == null)
									? Kind.YEAR : Kind.NUMBER;
			String span = quantity.group().strip();
			spans.add(new Span(span, start, start + span.length(), kind, number, percent ? "percent" : scale));
		}
		spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return spans;
	}

	/**
	 * The normalised numbers of {@code text} (years included): "1,496.5" is "1496.5", and
	 * the year of a date is one of them.
	 */
	static Set<String> numbers(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		for (Span span : spans(text)) {
			if (span.value() != null) {
				numbers.add(normal(span.value()));
			}
			else {
				Matcher year = YEAR.matcher(span.text());
				while (year.find()) {
					numbers.add(year.group());
				}
			}
		}
		return numbers;
	}

	/** The years (1900-2099) of {@code text}, in order. */
	static List<String> years(String text) {
		List<String> years = new ArrayList<>();
		Matcher year = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)").matcher(text);
		while (year.find()) {
			years.add(year.group());
		}
		return years;
	}

	/**
	 * A scale word as written in a caption or header ("in millions", "$'000"), if any.
	 */
	static @Nullable String scaleOf(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.matches("(?s).*\\bin (?:\\w+ )?(?:\\$ ?|us\\$ ?|usd ?|€ ?|£ ?)?millions?\\b.*")
				|| lower.contains("$m") || lower.contains("(millions")) {
			return "million";
		}
		if (lower.matches("(?s).*\\bin (?:\\w+ )?(?:\\$ ?|us\\$ ?|usd ?|€ ?|£ ?)?thousands?\\b.*")
				|| lower.contains("'000") || lower.contains("’000") || lower.contains("(thousands")) {
			return "thousand";
		}
		if (lower.matches("(?s).*\\bin (?:\\w+ )?(?:\\$ ?|us\\$ ?|usd ?|€ ?|£ ?)?billions?\\b.*")
				|| lower.contains("(billions")) {
			return "billion";
		}
		if (text.contains("万元")) {
			return "万";
		}
		if (text.contains("亿元")) {
			return "亿";
		}
		if (lower.contains("%") || lower.contains("percent")) {
			return "percent";
		}
		return null;
	}

	private static @Nullable String scaleWord(@Nullable String written) {
		if (written == null) {
			return null;
		}
		return switch (written.strip().toLowerCase(Locale.ROOT)) {
			case "bn" -> "billion";
			case "mn" -> "million";
			default -> written.strip().toLowerCase(Locale.ROOT);
		};
	}

	private static String normal(String number) {
		return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
	}

	private static boolean overlapsAny(List<Span> spans, int start, int end) {
		return spans.stream().anyMatch((span) -> start < span.end() && span.start() < end);
	}

	/** What a span is. */
	enum Kind {

		/** A currency amount. */
		MONEY,
		/** A percentage. */
		PERCENT,
		/** A year on its own. */
		YEAR,
		/** A date with a month or day. */
		DATE,
		/** Any other number. */
		NUMBER

	}

	/**
	 * One exact span.
	 *
	 * @param text the span as written
	 * @param start its offset in the text
	 * @param end its end offset (exclusive)
	 * @param kind what it is
	 * @param value the number without grouping commas; {@code null} for dates
	 * @param scale "thousand", "million", "billion", "percent", "万" or "亿" when written
	 * with the number
	 */
	record Span(String text, int start, int end, Kind kind, @Nullable String value, @Nullable String scale) {

		/** The normalised number, or {@code null} for dates. */
		@Nullable String normalValue() {
			return (this.value != null) ? normal(this.value) : null;
		}

	}

}
