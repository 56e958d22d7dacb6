package io.cairn.core.answer.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The subset of JSON Schema that Cairn fills: walks a (meta-valid) schema and lists what
 * it uses beyond that subset, each with its JSON pointer.
 */
final class SchemaKeywords {

	/** Keywords that only describe. */
	static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default");

	/** Keywords that shape the answer and that the fillers understand. */
	static final Set<String> STRUCTURE = Set.of("type", "properties", "required", "items", "enum", "format",
			"additionalProperties");

	/**
	 * Keywords accepted and enforced by validation only (the fillers null what breaks
	 * them).
	 */
	static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems",
			"maxItems", "minLength", "maxLength");

	static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean");

	static final Set<String> FORMATS = Set.of("date", "date-time");

	private final List<String> problems;

	private SchemaKeywords(List<String> problems) {
		this.problems = problems;
	}

	/** Adds a problem for everything unsupported in {@code root} to {@code problems}. */
	static void check(JsonNode root, List<String> problems) {
		SchemaKeywords keywords = new SchemaKeywords(problems);
		JsonNode version = root.get("$schema");
		if (version != null && !SchemaLibrary.DRAFT_2020_12.equals(version.asString().replaceAll("#$", ""))) {
			problems.add("Unsupported \"$schema\" " + version + " at / (only " + SchemaLibrary.DRAFT_2020_12 + ")");
		}
		keywords.schema(root, "", true);
	}

	private void schema(JsonNode schema, String at, boolean root) {
		if (!schema.isObject()) {
			this.problems.add("A schema must be an object, found " + schema + " at " + JsonPointers.display(at));
			return;
		}
		for (Map.Entry<String, JsonNode> entry : schema.properties()) {
			String keyword = entry.getKey();
			if (!ANNOTATIONS.contains(keyword) && !STRUCTURE.contains(keyword) && !BOUNDS.contains(keyword)
					&& !(root && "$schema".equals(keyword))) {
				this.problems.add("Unsupported keyword \"" + keyword + "\" at " + JsonPointers.display(at));
			}
		}
		type(schema, at);
		JsonNode format = schema.get("format");
		if (format != null && !FORMATS.contains(format.asString())) {
			this.problems.add("Unsupported format " + format + " at " + JsonPointers.display(at)
					+ " (supported: date, date-time)");
		}
		JsonNode additional = schema.get("additionalProperties");
		if (additional != null && !additional.isBoolean()) {
			this.problems.add("\"additionalProperties\" must be true or false at " + JsonPointers.display(at));
		}
		enumValues(schema, at);
		properties(schema, at);
		JsonNode items = schema.get("items");
		if (items != null) {
			schema(items, JsonPointers.child(at, "items"), false);
		}
	}

	private void type(JsonNode schema, String at) {
		JsonNode type = schema.get("type");
		if (type == null) {
			if (!schema.has("enum")) {
				this.problems.add("Missing \"type\" at " + JsonPointers.display(at));
			}
			return;
		}
		int nonNull = 0;
		for (JsonNode each : type.isArray() ? type : List.of(type)) {
			if (!"null".equals(each.asString())) {
				nonNull++;
			}
		}
		if (nonNull != 1) {
			this.problems.add("Unsupported type " + type + " at " + JsonPointers.display(at)
					+ " (one of object, array, string, number, integer, boolean, optionally with \"null\")");
		}
		String kind = new SchemaNode(schema).type();
		if (schema.has("properties") && !"object".equals(kind)) {
			this.problems.add("\"properties\" needs type \"object\" at " + JsonPointers.display(at));
		}
		if ("array".equals(kind) && !schema.has("items")) {
			this.problems.add("Missing \"items\" for an array at " + JsonPointers.display(at));
		}
	}

	private void enumValues(JsonNode schema, String at) {
		JsonNode values = schema.get("enum");
		if (values == null) {
			return;
		}
		if (values.isEmpty()) {
			this.problems.add("\"enum\" needs at least one value at " + JsonPointers.display(at));
		}
		for (JsonNode value : values) {
			if (value.isContainer()) {
				this.problems
					.add("\"enum\" values must be strings, numbers, booleans or null at " + JsonPointers.display(at));
				return;
			}
		}
	}

	private void properties(JsonNode schema, String at) {
		JsonNode properties = schema.get("properties");
		if (properties != null) {
			for (Map.Entry<String, JsonNode> entry : properties.properties()) {
				schema(entry.getValue(), JsonPointers.child(JsonPointers.child(at, "properties"), entry.getKey()),
						false);
			}
		}
		JsonNode required = schema.get("required");
		if (required != null) {
			for (JsonNode name : required) {
				if (properties == null || !properties.has(name.asString())) {
					this.problems
						.add("Required property " + name + " is not in \"properties\" at " + JsonPointers.display(at));
				}
			}
		}
	}

}
