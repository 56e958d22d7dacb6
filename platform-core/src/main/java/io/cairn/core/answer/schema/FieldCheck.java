package io.cairn.core.answer.schema;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

/**
 * Whether a candidate value satisfies its own field's schema (type, enum, format,
 * bounds), so that a failing candidate gives way to the next one.
 */
final class FieldCheck {

	private final Schema schema;

	FieldCheck(SchemaNode field) {
		this.schema = SchemaLibrary.compile(field.node());
	}

	boolean accepts(JsonNode value) {
		return this.schema.validate(value).isEmpty();
	}

}
