package io.cairn.core.answer.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as documents write them, read into ISO dates: "2019-09-30", "September
 * 30, 2019", "Sept. 30 2019", "30 Sept 2019", "30th of September, 2019", "09/30/2019"
 * (month first unless the first number is over 12), "30.09.2019", "2019/09/30",
 * "2019年9月30日". A year alone ("FY2019", "2019") is not a date.
 */
final class Dates {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

	private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");

	private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");

	private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern DATE_TIME = Pattern
		.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})");

	private Dates() {
	}

	/**
	 * A date found in text.
	 *
	 * @param date the date
	 * @param start offset of the match
	 * @param end end offset
	 */
	record Found(LocalDate date, int start, int end) {
	}

	/** Every valid date in {@code text}, in order of position. */
	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		add(ISO.matcher(text), found, 1, 2, 3, false);
		add(YEAR_FIRST.matcher(text), found, 1, 2, 3, false);
		add(CHINESE.matcher(text), found, 1, 2, 3, false);
		add(MONTH_DAY_YEAR.matcher(text), found, 3, 1, 2, true);
		add(DAY_MONTH_YEAR.matcher(text), found, 3, 2, 1, true);
		add(DOTTED.matcher(text), found, 3, 2, 1, false);
		Matcher slashed = SLASHED.matcher(text);
		while (slashed.find()) {
			int first = Integer.parseInt(slashed.group(1));
			boolean dayFirst = first > 12;
			date(Integer.parseInt(slashed.group(3)), Integer.parseInt(slashed.group(dayFirst ? 2 : 1)),
					Integer.parseInt(slashed.group(dayFirst ? 1 : 2)), slashed, found);
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found;
	}

	/** ISO date-times with an offset ("2019-11-15T10:00:00Z"), as written, normalised. */
	static List<String> findDateTimes(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = DATE_TIME.matcher(text);
		while (matcher.find()) {
			try {
				found.add(OffsetDateTime.parse(matcher.group().replace(' ', 'T')).toString());
			}
			catch (DateTimeParseException ex) {
				// not a real instant: skip it
			}
		}
		return found;
	}

	private static void add(Matcher matcher, List<Found> found, int year, int month, int day, boolean monthName) {
		while (matcher.find()) {
			int monthNumber = monthName ? monthNumber(matcher.group(month)) : Integer.parseInt(matcher.group(month));
			date(Integer.parseInt(matcher.group(year)), monthNumber, Integer.parseInt(matcher.group(day)), matcher,
					found);
		}
	}

	private static void date(int year, int month, int day, Matcher matcher, List<Found> found) {
		try {
			found.add(new Found(LocalDate.of(year, month, day), matcher.start(), matcher.end()));
		}
		catch (DateTimeException ex) {
			// 31 February and the like are not dates
		}
	}

	private static int monthNumber(String name) {
		String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
			.indexOf(prefix) + 1;
	}

}
