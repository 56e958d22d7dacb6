package io.cairn.core.answer.schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;

import io.cairn.core.answer.schema.Passage.Cell;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a number or an integer for a field. The number is kept as written ("1,496.5" in a
 * table "in millions" gives 1496.5), because that is what the cited span shows; only when
 * the field's title or description asks for a scale ("in thousands", "in units") and the
 * source states its own, is the value converted.
 */
final class NumberReader {

	private static final Set<String> PERCENT_WORDS = Set.of("percent", "percentage", "rate", "margin", "growth",
			"ratio", "share", "pct", "yield", "change");

	private NumberReader() {
	}

	static @Nullable JsonNode read(SchemaNode field, FieldTerms terms, Passage passage) {
		Numbers.Found found;
		Scale stated;
		if (passage.row() != null) {
			Cell cell = Anchor.valueCell(passage.row(), terms, (text) -> Numbers.parse(text) != null);
			if (cell == null) {
				return null;
			}
			found = Numbers.parse(cell.text());
			stated = passage.row().scale();
		}
		else {
			found = pick(passage.text(), terms);
			stated = Scale.stated(passage.text());
		}
		if (found == null) {
			return null;
		}
		Scale source = (found.scale() != Scale.UNKNOWN) ? found.scale() : stated;
		BigDecimal value = convert(found.value(), source, Scale.requested(field.title() + " " + field.description()));
		return node(value, "integer".equals(field.type()));
	}

	/** A number in the field's scale: converted only when both scales are known. */
	static BigDecimal convert(BigDecimal value, Scale source, Scale requested) {
		if (source == Scale.UNKNOWN || requested == Scale.UNKNOWN || source == requested) {
			return value;
		}
		return value.multiply(source.factor()).divide(requested.factor(), MathContext.DECIMAL64);
	}

	static @Nullable JsonNode node(BigDecimal value, boolean integer) {
		BigDecimal plain = value.stripTrailingZeros();
		boolean integral = plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
		if (integral) {
			return JsonNodeFactory.instance.numberNode(plain.longValueExact());
		}
		return integer ? null : JsonNodeFactory.instance.numberNode(value.doubleValue());
	}

	/**
	 * The number of a sentence that belongs to the field: not a year (unless the field is
	 * about one), a percentage only for rate-like fields, the nearest to the field's
	 * mention.
	 */
	private static Numbers.@Nullable Found pick(String text, FieldTerms terms) {
		boolean wantsYear = terms.name().contains("year");
		boolean wantsPercent = terms.all().stream().anyMatch(PERCENT_WORDS::contains);
		List<Numbers.Found> candidates = Numbers.find(text)
			.stream()
			.filter((found) -> wantsYear || !found.yearLike())
			.filter((found) -> found.percent() == wantsPercent)
			.toList();
		if (candidates.isEmpty()) {
			return null;
		}
		int[] mention = Anchor.mention(text, terms);
		if (mention == null) {
			return candidates.getFirst();
		}
		// the nearest to the mention; after it wins a tie ("revenue was $5", "12
		// employees")
		return candidates.stream()
			.min(java.util.Comparator
				.comparingInt((Numbers.Found found) -> 2 * Anchor.distance(mention, found.start(), found.end())
						+ ((found.start() >= mention[1]) ? 0 : 1)))
			.orElseThrow();
	}

}
