package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model's reply read: the value (fences and chatter around the JSON tolerated, missing
 * properties taken as null) and the citation numbers per pointer; or what is wrong with
 * it.
 *
 * @param value the value, null when the reply was not JSON
 * @param citations source numbers by JSON pointer
 * @param problems what is wrong, empty when the value validates
 * @param violations the schema violations among the problems
 */
record ModelReply(@Nullable ObjectNode value, Map<String, List<Integer>> citations, List<String> problems,
		List<SchemaViolation> violations) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	boolean valid() {
		return this.value != null && this.problems.isEmpty();
	}

	static ModelReply read(String reply, CheckedSchema schema, SchemaValidator validator) {
		JsonNode root;
		try {
			root = JSON.readTree(json(reply));
		}
		catch (JacksonException ex) {
			return failed("the reply is not a JSON object (" + ex.getOriginalMessage() + ")");
		}
		if (root == null || !root.isObject()) {
			return failed("the reply is not a JSON object");
		}
		JsonNode value = root.has("value") ? root.get("value") : root;
		if (!(value instanceof ObjectNode object)) {
			return failed("\"value\" is not a JSON object");
		}
		fillMissing(object, schema.root());
		List<SchemaViolation> violations = validator.validate(schema, object);
		return new ModelReply(object, citations(root.get("citations")), SchemaPrompt.problems(violations), violations);
	}

	private static ModelReply failed(String problem) {
		return new ModelReply(null, Map.of(), List.of(problem), List.of());
	}

	/**
	 * The JSON inside a reply: without ``` fences, from the first '{' to the last '}'.
	 */
	static String json(String reply) {
		String text = reply.strip();
		if (text.startsWith("```")) {
			int newline = text.indexOf('\n');
			text = (newline < 0) ? "" : text.substring(newline + 1);
			int fence = text.lastIndexOf("```");
			text = (fence < 0) ? text : text.substring(0, fence);
		}
		int open = text.indexOf('{');
		int close = text.lastIndexOf('}');
		return (open >= 0 && close > open) ? text.substring(open, close + 1) : text;
	}

	/** Properties the model left out are null (the answer schema allows that). */
	private static void fillMissing(ObjectNode object, SchemaNode schema) {
		for (Map.Entry<String, SchemaNode> property : schema.properties().entrySet()) {
			JsonNode value = object.get(property.getKey());
			if (value == null) {
				object.putNull(property.getKey());
			}
			else if (value instanceof ObjectNode inner) {
				fillMissing(inner, property.getValue());
			}
			else if (value.isArray() && property.getValue().items() != null) {
				for (JsonNode item : value) {
					if (item instanceof ObjectNode innerItem) {
						fillMissing(innerItem, property.getValue().items());
					}
				}
			}
		}
	}

	private static Map<String, List<Integer>> citations(@Nullable JsonNode node) {
		Map<String, List<Integer>> citations = new LinkedHashMap<>();
		if (node == null || !node.isObject()) {
			return citations;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			List<Integer> numbers = new ArrayList<>();
			for (JsonNode number : entry.getValue().isArray() ? entry.getValue() : List.of(entry.getValue())) {
				if (number.canConvertToInt()) {
					numbers.add(number.asInt());
				}
				else if (number.isString() && number.asString().replaceAll("[\\[\\]\\s]", "").matches("\\d+")) {
					numbers.add(Integer.parseInt(number.asString().replaceAll("[\\[\\]\\s]", "")));
				}
			}
			String pointer = entry.getKey().startsWith("/") ? entry.getKey() : "/" + entry.getKey();
			citations.put(pointer, numbers);
		}
		return citations;
	}

}
