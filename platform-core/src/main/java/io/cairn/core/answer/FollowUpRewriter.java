package io.cairn.core.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a follow-up question into one that can be searched alone, using the previous
 * turn: "and in 2018?" after "What was revenue in 2019?" becomes "What was revenue in
 * 2018?"; "what about its margin?" becomes the previous question with "margin" added. A
 * question that stands on its own is left as it is.
 */
public final class FollowUpRewriter {

	private static final Pattern LEAD = Pattern.compile(
			"^(?i)(?:(?:and what about|and how about|what about|how about|same for|what of|and for|and|also|plus|then)\\b|那么|那|还有)[\\s,]*");

	private static final Pattern PERIOD = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b(?:FY|Q[1-4])\\s?\\d{2,4}\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern REFERRING = Pattern
		.compile("\\b(it|its|they|their|them|that|this|those|these|he|she|his|her|same)\\b", Pattern.CASE_INSENSITIVE);

	private static final int SHORT_QUESTION_TERMS = 4;

	/** The question to search for, given the earlier turns (oldest first). */
	public String rewrite(String question, List<PriorTurn> history) {
		String trimmed = question.strip();
		if (history.isEmpty() || !isFollowUp(trimmed)) {
			return trimmed;
		}
		String previous = history.getLast().standaloneQuestion().strip();
		String rest = LEAD.matcher(trimmed).replaceFirst("").replaceAll("[?？。.!]+$", "").strip();
		List<String> newPeriods = PERIOD.matcher(rest).results().map(java.util.regex.MatchResult::group).toList();
		List<String> oldPeriods = PERIOD.matcher(previous).results().map(java.util.regex.MatchResult::group).toList();
		if (!newPeriods.isEmpty() && !oldPeriods.isEmpty()) {
			String substituted = replacePeriods(previous, newPeriods);
			String remainder = PERIOD.matcher(rest).replaceAll("").replaceAll("(?i)\\b(in|for|of|during)\\b", "");
			return Terms.of(remainder).isEmpty() ? substituted
					: stripEnd(substituted) + " " + rest.replaceAll("\\s+", " ") + "?";
		}
		String referent = REFERRING.matcher(rest).replaceAll("").replaceAll("\\s+", " ").strip();
		return stripEnd(previous) + ((referent.isEmpty()) ? "" : " " + referent) + "?";
	}

	/** Whether {@code question} leans on the previous turn. */
	boolean isFollowUp(String question) {
		if (LEAD.matcher(question).find() || question.endsWith("呢") || question.endsWith("呢？")) {
			return true;
		}
		int terms = Terms.of(question).size();
		return terms <= SHORT_QUESTION_TERMS && (REFERRING.matcher(question).find()
				|| PERIOD.matcher(question).matches() || question.toLowerCase(Locale.ROOT).startsWith("in "));
	}

	private static String replacePeriods(String previous, List<String> periods) {
		Matcher matcher = PERIOD.matcher(previous);
		StringBuilder out = new StringBuilder();
		int index = 0;
		while (matcher.find()) {
			String replacement = periods.get(Math.min(index, periods.size() - 1));
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			index++;
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String stripEnd(String question) {
		return question.replaceAll("[?？。.!]+$", "").strip();
	}

}
