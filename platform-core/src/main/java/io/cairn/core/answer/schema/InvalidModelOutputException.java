package io.cairn.core.answer.schema;

import java.util.List;

/**
 * The generator's output did not validate against the schema, even after one repair turn:
 * the fault of the model behind the service, not of the caller (a 502, not a 400).
 */
public class InvalidModelOutputException extends RuntimeException {

	private final List<SchemaViolation> violations;

	public InvalidModelOutputException(String message, List<SchemaViolation> violations) {
		super(message);
		this.violations = List.copyOf(violations);
	}

	/** What was wrong with the last output (empty when it was not JSON at all). */
	public List<SchemaViolation> violations() {
		return this.violations;
	}

}
