package io.cairn.inference.moe.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.inference.moe.json.SchemaNode.ArrayNode;
import io.cairn.inference.moe.json.SchemaNode.LiteralNode;
import io.cairn.inference.moe.json.SchemaNode.NumberNode;
import io.cairn.inference.moe.json.SchemaNode.ObjectNode;
import io.cairn.inference.moe.json.SchemaNode.Property;
import io.cairn.inference.moe.json.SchemaNode.StringNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiles the supported subset of JSON Schema: {@code type} (object, array, string,
 * integer, number, boolean, null, or an array of them), {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code minLength}, {@code maxLength}, {@code enum} and {@code const};
 * annotations (title, description, default, examples, $schema, $id, $comment) are
 * ignored. Anything else is refused, naming the keyword.
 */
public final class SchemaCompiler {

	/** Bounds that make every generation finite when the schema sets none. */
	static final int DEFAULT_MAX_STRING = 128;

	static final int DEFAULT_MAX_ITEMS = 16;

	private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "examples", "$schema",
			"$id", "$comment");

	private static final Set<String> SUPPORTED = Set.of("type", "properties", "required", "additionalProperties",
			"items", "minItems", "maxItems", "minLength", "maxLength", "enum", "const");

	private SchemaCompiler() {
	}

	/**
	 * @throws UnsupportedSchemaException naming the first unsupported keyword
	 * @throws IllegalArgumentException when the text is not JSON
	 */
	public static SchemaNode compile(String schema) {
		JsonNode root;
		try {
			root = JsonMapper.shared().readTree(schema);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The JSON schema is not valid JSON: " + ex.getMessage(), ex);
		}
		return compile(root, "#");
	}

	static SchemaNode compile(JsonNode schema, String path) {
		if (!schema.isObject()) {
			throw new UnsupportedSchemaException("The schema at " + path + " must be an object, was " + schema);
		}
		for (String keyword : schema.propertyNames()) {
			if (!SUPPORTED.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
				throw new UnsupportedSchemaException("JSON Schema keyword '" + keyword + "' at " + path
						+ " is not supported by constrained decoding; supported are " + SUPPORTED);
			}
		}
		if (schema.has("const")) {
			return literals(List.of(schema.get("const")));
		}
		if (schema.has("enum")) {
			List<JsonNode> values = new ArrayList<>();
			schema.get("enum").forEach(values::add);
			if (values.isEmpty()) {
				throw new UnsupportedSchemaException("'enum' at " + path + " is empty");
			}
			return literals(values);
		}
		JsonNode type = schema.path("type");
		if (type.isArray() && !type.isEmpty()) {
			return union(schema, type, path);
		}
		if (!type.isString()) {
			throw new UnsupportedSchemaException(
					"The schema at " + path + " needs a 'type' (or 'enum'/'const'); keyword 'type' "
							+ (type.isMissingNode() ? "is missing" : "is not a type name or a list of them"));
		}
		return switch (type.asString()) {
			case "object" -> object(schema, path);
			case "array" -> {
				if (!schema.has("items")) {
					throw new UnsupportedSchemaException("The array at " + path + " needs 'items'");
				}
				int min = schema.path("minItems").asInt(0);
				int max = schema.path("maxItems").asInt(Math.max(min, DEFAULT_MAX_ITEMS));
				yield new ArrayNode(compile(schema.get("items"), path + "/items"), min, max);
			}
			case "string" -> {
				int min = schema.path("minLength").asInt(0);
				yield new StringNode(min, schema.path("maxLength").asInt(Math.max(min, DEFAULT_MAX_STRING)));
			}
			case "integer" -> new NumberNode(true);
			case "number" -> new NumberNode(false);
			case "boolean" -> new LiteralNode(List.of(bytes("true"), bytes("false")));
			case "null" -> new LiteralNode(List.of(bytes("null")));
			default -> throw new UnsupportedSchemaException("Unknown type '" + type.asString() + "' at " + path);
		};
	}

	/** {@code "type": [...]}: each type compiled with the same keywords. */
	private static SchemaNode union(JsonNode schema, JsonNode types, String path) {
		List<String> names = new ArrayList<>();
		types.forEach((t) -> names.add(t.asString()));
		if (names.contains("integer") && names.contains("number")) {
			names.remove("integer");
		}
		if (names.size() != new HashSet<>(names).size()) {
			throw new UnsupportedSchemaException("'type' at " + path + " repeats a type: " + types);
		}
		List<SchemaNode> options = new ArrayList<>();
		for (String name : names) {
			tools.jackson.databind.node.ObjectNode single = ((tools.jackson.databind.node.ObjectNode) schema)
				.deepCopy();
			single.put("type", name);
			options.add(compile(single, path));
		}
		return (options.size() == 1) ? options.getFirst() : new SchemaNode.UnionNode(List.copyOf(options));
	}

	private static SchemaNode object(JsonNode schema, String path) {
		Set<String> required = new HashSet<>();
		schema.path("required").forEach((r) -> required.add(r.asString()));
		List<Property> properties = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
			String name = entry.getKey();
			SchemaNode value = compile(entry.getValue(), path + "/properties/" + name);
			properties
				.add(Property.of(name, value, required.contains(name), JsonMapper.shared().writeValueAsString(name)));
			required.remove(name);
		}
		if (!required.isEmpty()) {
			throw new UnsupportedSchemaException(
					"'required' at " + path + " names " + required + ", which 'properties' does not define");
		}
		return new ObjectNode(List.copyOf(properties));
	}

	private static LiteralNode literals(List<JsonNode> values) {
		return new LiteralNode(values.stream().map((v) -> bytes(JsonMapper.shared().writeValueAsString(v))).toList());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
