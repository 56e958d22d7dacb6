package io.cairn.core.answer.schema;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Validates an answer against a checked schema's answer form with the JSON-schema library
 * (draft 2020-12, formats asserted). Thread-safe.
 */
public final class SchemaValidator {

	/** The violations of {@code instance}; empty when it is valid. */
	public List<SchemaViolation> validate(CheckedSchema schema, JsonNode instance) {
		return SchemaLibrary.violations(schema.compiledAnswerSchema(), instance);
	}

}
