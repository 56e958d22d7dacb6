package io.cairn.core.answer.schema;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.cairn.core.answer.schema.Passage.Cell;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Reads enums and booleans. An enum takes the allowed value the passage names: written
 * out (whole words, any case) scores 1, else the share of its words present; at least
 * {@link #MIN_ENUM_MATCH} is needed, ties go to the value mentioned first after the
 * field. A boolean is false when the passage negates (no, not, never, without, none...),
 * true otherwise; a table cell must say yes/no/true/false.
 */
final class ChoiceReader {

	/** Smallest share of an enum value's words that a passage must contain. */
	static final double MIN_ENUM_MATCH = 0.67;

	private static final Pattern NEGATION = Pattern.compile(
			"\\b(no|not|none|never|neither|nor|without|cannot|absence|free of|n't|didn't|doesn't|wasn't|isn't|hasn't)\\b|n't\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> YES = Set.of("yes", "y", "true", "✓", "✔", "x");

	private static final Set<String> NO = Set.of("no", "n", "false", "none", "-", "—", "–");

	private ChoiceReader() {
	}

	static @Nullable JsonNode readEnum(SchemaNode field, FieldTerms terms, Passage passage) {
		String text = (passage.row() != null) ? valueText(passage, terms) : passage.text();
		if (text == null) {
			return null;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> words = Words.all(text);
		int anchor = (passage.row() != null) ? 0 : Anchor.after(text, terms);
		JsonNode best = null;
		double bestScore = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (JsonNode value : field.enumValues()) {
			if (value.isNull() || value.isContainer()) {
				continue;
			}
			String written = value.asString().toLowerCase(Locale.ROOT);
			int at = wholeWord(lower, written);
			double score = (at >= 0) ? 1.0 : share(Words.terms(written), words);
			int distance = (at >= 0) ? Math.abs(at - anchor) : Integer.MAX_VALUE - 1;
			if (score >= MIN_ENUM_MATCH && (score > bestScore || (score == bestScore && distance < bestDistance))) {
				best = value;
				bestScore = score;
				bestDistance = distance;
			}
		}
		return best;
	}

	static @Nullable JsonNode readBoolean(FieldTerms terms, Passage passage) {
		if (passage.row() != null) {
			String text = valueText(passage, terms);
			if (text == null) {
				return null;
			}
			String lower = text.strip().toLowerCase(Locale.ROOT);
			return YES.contains(lower) ? BooleanNode.TRUE : NO.contains(lower) ? BooleanNode.FALSE : null;
		}
		return NEGATION.matcher(passage.text()).find() ? BooleanNode.FALSE : BooleanNode.TRUE;
	}

	private static @Nullable String valueText(Passage passage, FieldTerms terms) {
		Cell cell = Anchor.valueCell(passage.row(), terms, (text) -> !text.isBlank());
		return (cell != null) ? cell.text() : null;
	}

	private static int wholeWord(String text, String value) {
		var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
			.matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

	private static double share(Set<String> terms, Set<String> words) {
		if (terms.isEmpty()) {
			return 0;
		}
		return terms.stream().filter(words::contains).count() / (double) terms.size();
	}

}
