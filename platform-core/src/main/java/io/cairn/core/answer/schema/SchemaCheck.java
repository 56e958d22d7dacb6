package io.cairn.core.answer.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a caller's JSON Schema before anything is filled: valid against the draft
 * 2020-12 meta-schema (with the JSON-schema library), only the supported keywords
 * ({@link SchemaKeywords}), an object at the root, and within the limits. Every problem
 * found is reported at once, each with its JSON pointer. Thread-safe.
 */
public final class SchemaCheck {

	/** Largest schema accepted, in bytes of compact JSON. */
	public static final int MAX_BYTES = 64 * 1024;

	/** Deepest nesting: the root is level 1, each property or items level adds one. */
	public static final int MAX_DEPTH = 6;

	/** Most properties in the whole schema (all levels). */
	public static final int MAX_FIELDS = 100;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Checks a schema given as JSON text. */
	public CheckedSchema check(String json) {
		if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw tooLarge(json.getBytes(StandardCharsets.UTF_8).length);
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidSchemaException(List.of("The schema is not JSON: " + ex.getOriginalMessage()));
		}
		return check(node);
	}

	/** Checks a parsed schema. */
	public CheckedSchema check(JsonNode schema) {
		int bytes = MAPPER.writeValueAsString(schema).getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw tooLarge(bytes);
		}
		if (!schema.isObject()) {
			throw new InvalidSchemaException(List
				.of("The schema must be a JSON object, found " + schema.getNodeType().name().toLowerCase(Locale.ROOT)));
		}
		List<String> problems = new ArrayList<>(SchemaLibrary.metaSchemaProblems(schema));
		if (!problems.isEmpty()) {
			throw new InvalidSchemaException(problems);
		}
		SchemaKeywords.check(schema, problems);
		if (!"object".equals(new SchemaNode(schema).type())) {
			problems.add("The root schema must have \"type\": \"object\"");
		}
		int depth = depth(schema);
		if (depth > MAX_DEPTH) {
			problems.add("The schema nests " + depth + " levels; at most " + MAX_DEPTH + " are allowed");
		}
		int fields = fields(schema);
		if (fields > MAX_FIELDS) {
			problems.add("The schema has " + fields + " properties; at most " + MAX_FIELDS + " are allowed");
		}
		if (!problems.isEmpty()) {
			throw new InvalidSchemaException(problems);
		}
		return new CheckedSchema(schema, nullable(schema.deepCopy(), true));
	}

	private static InvalidSchemaException tooLarge(int bytes) {
		return new InvalidSchemaException(
				List.of("The schema is " + bytes + " bytes; at most " + MAX_BYTES + " are allowed"));
	}

	private static int depth(JsonNode schema) {
		int deepest = 0;
		JsonNode properties = schema.get("properties");
		if (properties != null) {
			for (JsonNode property : properties) {
				deepest = Math.max(deepest, depth(property));
			}
		}
		JsonNode items = schema.get("items");
		if (items != null && items.isObject()) {
			deepest = Math.max(deepest, depth(items));
		}
		return 1 + deepest;
	}

	private static int fields(JsonNode schema) {
		int count = 0;
		JsonNode properties = schema.get("properties");
		if (properties != null) {
			for (JsonNode property : properties) {
				count += 1 + fields(property);
			}
		}
		JsonNode items = schema.get("items");
		return (items != null && items.isObject()) ? count + fields(items) : count;
	}

	/**
	 * Allows null for every property below {@code schema} (not for the root, not for
	 * array items).
	 */
	private static JsonNode nullable(JsonNode schema, boolean self) {
		if (!(schema instanceof ObjectNode object)) {
			return schema;
		}
		if (!self) {
			allowNull(object);
		}
		JsonNode properties = object.get("properties");
		if (properties != null) {
			for (Map.Entry<String, JsonNode> entry : properties.properties()) {
				nullable(entry.getValue(), false);
			}
		}
		JsonNode items = object.get("items");
		if (items != null) {
			nullable(items, true);
		}
		return object;
	}

	private static void allowNull(ObjectNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isString() && !"null".equals(type.asString())) {
			schema.putArray("type").add(type.asString()).add("null");
		}
		else if (type instanceof ArrayNode types && !contains(types, "null")) {
			types.add("null");
		}
		if (schema.get("enum") instanceof ArrayNode values && !hasNull(values)) {
			values.addNull();
		}
	}

	private static boolean hasNull(ArrayNode values) {
		for (JsonNode value : values) {
			if (value.isNull()) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(ArrayNode values, String text) {
		for (JsonNode value : values) {
			if (text.equals(value.asString())) {
				return true;
			}
		}
		return false;
	}

}
