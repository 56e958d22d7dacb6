package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A read-only view of one (checked) schema object: its non-null type, format, texts,
 * properties and items.
 */
record SchemaNode(JsonNode node) {

	/**
	 * The type other than "null": object, array, string, number, integer or boolean; for
	 * an {@code enum} without a type, that of its first non-null value.
	 */
	String type() {
		JsonNode type = this.node.get("type");
		if (type != null && type.isString()) {
			return type.asString();
		}
		if (type != null && type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
			return "null";
		}
		for (JsonNode value : enumValues()) {
			if (value.isNumber()) {
				return value.isIntegralNumber() ? "integer" : "number";
			}
			if (value.isBoolean()) {
				return "boolean";
			}
			if (value.isString()) {
				return "string";
			}
		}
		return "null";
	}

	boolean isScalar() {
		return !"object".equals(type()) && !"array".equals(type());
	}

	@Nullable String format() {
		return text("format");
	}

	String description() {
		String description = text("description");
		return (description != null) ? description : "";
	}

	String title() {
		String title = text("title");
		return (title != null) ? title : "";
	}

	List<JsonNode> enumValues() {
		List<JsonNode> values = new ArrayList<>();
		JsonNode values0 = this.node.get("enum");
		if (values0 != null) {
			values0.forEach(values::add);
		}
		return values;
	}

	boolean hasEnum() {
		return this.node.has("enum");
	}

	Map<String, SchemaNode> properties() {
		Map<String, SchemaNode> properties = new LinkedHashMap<>();
		JsonNode node0 = this.node.get("properties");
		if (node0 != null) {
			for (Map.Entry<String, JsonNode> entry : node0.properties()) {
				properties.put(entry.getKey(), new SchemaNode(entry.getValue()));
			}
		}
		return properties;
	}

	@Nullable SchemaNode items() {
		JsonNode items = this.node.get("items");
		return (items != null && items.isObject()) ? new SchemaNode(items) : null;
	}

	/** maxItems, capped at {@code cap}. */
	int maxItems(int cap) {
		JsonNode max = this.node.get("maxItems");
		return (max != null && max.isNumber()) ? (int) Math.min(cap, max.asLong()) : cap;
	}

	private @Nullable String text(String keyword) {
		JsonNode value = this.node.get(keyword);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
