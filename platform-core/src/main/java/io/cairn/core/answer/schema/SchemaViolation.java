package io.cairn.core.answer.schema;

/**
 * One way an instance fails its schema.
 *
 * @param pointer JSON pointer of the offending value in the instance ("" for the root)
 * @param message what is wrong, as the validator says it
 */
public record SchemaViolation(String pointer, String message) {

	@Override
	public String toString() {
		return (this.pointer.isEmpty() ? "/" : this.pointer) + ": " + this.message;
	}

}
