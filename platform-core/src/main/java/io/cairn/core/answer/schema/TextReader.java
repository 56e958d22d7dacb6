package io.cairn.core.answer.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cairn.core.answer.schema.Passage.Cell;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads strings and dates. A date field takes the date nearest after the field's mention,
 * as ISO {@code yyyy-MM-dd}. A string takes a row's value cell, or in a sentence the
 * short phrase after the field's mention and a linking word ("The auditor is <em>Ernst
 * &amp; Young LLP</em>."), else the whole sentence.
 */
final class TextReader {

	/** Longest phrase taken from a sentence before the whole sentence is used instead. */
	static final int MAX_PHRASE_WORDS = 12;

	private static final Pattern PHRASE = Pattern.compile(
			"^[\\s'’s]*(?:\\([^)]*\\)\\s*)?(?:is|was|are|were|will be|has been|:|-|–|—|of|by|named|called|remains)\\s+"
					+ "(.+?)\\s*(?:[.;](?:\\s|$)|,\\s|\\s\\(|$)");

	private TextReader() {
	}

	static @Nullable JsonNode read(SchemaNode field, FieldTerms terms, Passage passage) {
		String format = field.format();
		if ("date".equals(format)) {
			return date(terms, passage);
		}
		if ("date-time".equals(format)) {
			String text = passage.text();
			List<String> found = Dates.findDateTimes(text);
			return found.isEmpty() ? null : JsonNodeFactory.instance.stringNode(found.getFirst());
		}
		if (passage.row() != null) {
			Cell cell = Anchor.valueCell(passage.row(), terms, (text) -> !text.isBlank());
			return (cell != null) ? JsonNodeFactory.instance.stringNode(cell.text()) : null;
		}
		String text = passage.text();
		Matcher phrase = PHRASE.matcher(text.substring(Anchor.after(text, terms)));
		if (phrase.find() && Words.split(phrase.group(1)).size() <= MAX_PHRASE_WORDS && !phrase.group(1).isBlank()) {
			return JsonNodeFactory.instance.stringNode(phrase.group(1).strip());
		}
		return JsonNodeFactory.instance.stringNode(text.strip());
	}

	private static @Nullable JsonNode date(FieldTerms terms, Passage passage) {
		String text = passage.text();
		List<Dates.Found> dates = Dates.find(text);
		if (dates.isEmpty()) {
			return null;
		}
		int anchor = (passage.row() != null) ? passage.row().cells().getFirst().end() - passage.start()
				: Anchor.after(text, terms);
		Dates.Found chosen = dates.getLast();
		for (Dates.Found date : dates) {
			if (date.start() >= anchor) {
				chosen = date;
				break;
			}
		}
		return JsonNodeFactory.instance.stringNode(chosen.date().toString());
	}

}
