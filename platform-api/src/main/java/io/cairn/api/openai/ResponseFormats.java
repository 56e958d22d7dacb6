package io.cairn.api.openai;

import io.cairn.core.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads OpenAI's {@code response_format}: text, or a JSON schema to fill. */
final class ResponseFormats {

	private ResponseFormats() {
	}

	/** The schema asked for, or null for a prose answer. */
	static @Nullable JsonNode schemaOf(@Nullable JsonNode responseFormat) {
		if (responseFormat == null || responseFormat.isNull()) {
			return null;
		}
		String type = responseFormat.path("type").asString("");
		return switch (type) {
			case "text" -> null;
			case "json_schema" -> {
				JsonNode schema = responseFormat.path("json_schema").path("schema");
				if (!schema.isObject()) {
					throw new InvalidRequestException(
							"response_format.json_schema.schema is missing: send the JSON Schema to fill there.");
				}
				yield schema;
			}
			case "json_object" -> throw new InvalidRequestException("response_format json_object is not supported:"
					+ " Cairn fills a schema, so send {\"type\": \"json_schema\", \"json_schema\": {\"name\": ...,"
					+ " \"schema\": {...}}}.");
			default -> throw new InvalidRequestException(
					"response_format.type '" + type + "' is unknown; use text or json_schema.");
		};
	}

}
