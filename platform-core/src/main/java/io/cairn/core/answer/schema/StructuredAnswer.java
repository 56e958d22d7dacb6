package io.cairn.core.answer.schema;

import java.util.List;
import java.util.Map;

import io.cairn.core.answer.Citation;
import tools.jackson.databind.JsonNode;

/**
 * A schema filled from a collection.
 *
 * @param value JSON that validates against the schema's answer form (every property may
 * be null: null where the sources say nothing)
 * @param citations where each filled leaf comes from, keyed by its JSON pointer
 * ({@code /revenue}, {@code /segments/0/name}); null leaves have no entry
 */
public record StructuredAnswer(JsonNode value, Map<String, List<Citation>> citations) {

	public StructuredAnswer {
		citations = Map.copyOf(citations);
	}

}
