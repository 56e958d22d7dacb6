package io.cairn.core.answer.schema;

import java.util.List;

import io.cairn.core.InvalidRequestException;

/**
 * A request's JSON Schema is not a schema, uses what Cairn does not support, or is too
 * large; each problem names the JSON pointer (in the schema) where it is.
 */
public class InvalidSchemaException extends InvalidRequestException {

	private final List<String> problems;

	public InvalidSchemaException(List<String> problems) {
		super("Invalid JSON schema: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem, e.g. {@code Unsupported keyword "oneOf" at /properties/x}. */
	public List<String> problems() {
		return this.problems;
	}

}
