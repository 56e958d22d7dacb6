package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The prompt of the generative filler: the sources in the {@code GroundedPrompt} format,
 * the answer schema, and a reply format that carries the citations beside the value:
 * {@code {"value": {...}, "citations": {"/revenue": [1], "/segments/0/name": [2]}}}.
 */
final class SchemaPrompt {

	static final String SYSTEM = """
			You fill a JSON Schema using only the numbered sources.
			Reply with one JSON object and nothing else, in exactly this form:
			{"value": <a JSON instance of the schema>, "citations": {"<JSON pointer of a filled field>": [<source ids>]}}
			Rules:
			- Use only facts the sources state. Where they say nothing about a field, set it to null; never guess.
			- Write numbers as JSON numbers, as the sources state them (1496.5 for "$1,496.5 million"); \
			convert to another scale (thousands, millions) only if the field's description asks for it.
			- A string with "format": "date" is yyyy-MM-dd; "date-time" is RFC 3339.
			- An enum field takes exactly one of its listed values, or null.
			- Every non-null field that is not an object or array has an entry in "citations", keyed by its \
			JSON pointer in "value" (for example "/revenue" or "/segments/0/name"), listing the ids of the \
			sources that state it.""";

	private SchemaPrompt() {
	}

	/** The task, written where the grounded prompt puts the question. */
	static String task(@Nullable String instructions, CheckedSchema schema) {
		String scope = (instructions != null && !instructions.isBlank())
				? "Instructions: " + instructions.strip() + "\n" : "";
		return "Fill this JSON Schema from the sources.\n" + scope + "Schema:\n" + schema.answerSchema().toString();
	}

	/** The search query for the whole schema: instructions, then every field's words. */
	static String query(@Nullable String instructions, CheckedSchema schema, int maxCharacters) {
		StringBuilder query = new StringBuilder((instructions != null) ? instructions.strip() : "");
		fields(schema.root(), query);
		String text = query.toString().strip();
		return (text.length() <= maxCharacters) ? text : text.substring(0, maxCharacters);
	}

	/** The repair turn: what was wrong, and the form to answer in again. */
	static String repair(List<String> problems) {
		return "Your reply is not valid:\n- " + String.join("\n- ", problems)
				+ "\nReply again with the corrected JSON object only, in the same form "
				+ "{\"value\": ..., \"citations\": ...}.";
	}

	static List<String> problems(List<SchemaViolation> violations) {
		List<String> problems = new ArrayList<>();
		violations.forEach((violation) -> problems.add("at \"value\"" + violation));
		return problems;
	}

	private static void fields(SchemaNode schema, StringBuilder query) {
		for (Map.Entry<String, SchemaNode> property : schema.properties().entrySet()) {
			SchemaNode field = property.getValue();
			query.append(' ').append(Words.spoken(property.getKey()));
			if (!field.description().isBlank()) {
				query.append(' ').append(field.description().strip());
			}
			fields(field, query);
			SchemaNode items = field.items();
			if (items != null) {
				fields(items, query);
			}
		}
	}

}
