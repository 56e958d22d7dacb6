package io.cairn.core.answer.schema;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a filled answer valid without inventing anything: a value that breaks the schema
 * becomes null (every property of the answer schema may be null), an array item that
 * breaks it is dropped, and their citations go with them.
 */
final class AnswerRepair {

	private AnswerRepair() {
	}

	static void repair(SchemaValidator validator, CheckedSchema schema, ObjectNode answer, SourceBook book) {
		// One fix per round: a removed item shifts the pointers of the violations after
		// it.
		for (int round = 0; round < 1000; round++) {
			List<SchemaViolation> violations = validator.validate(schema, answer);
			SchemaViolation fixable = violations.stream()
				.filter((violation) -> !violation.pointer().isEmpty())
				.findFirst()
				.orElse(null);
			if (fixable == null) {
				if (violations.isEmpty()) {
					return;
				}
				throw new IllegalStateException("The filled answer cannot be made valid: " + violations);
			}
			fix(answer, fixable.pointer(), book);
		}
		throw new IllegalStateException("The filled answer could not be made valid");
	}

	private static void fix(ObjectNode answer, String pointer, SourceBook book) {
		int slash = pointer.lastIndexOf('/');
		String parentPointer = pointer.substring(0, slash);
		String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
		JsonNode parent = answer.at(parentPointer);
		if (parent instanceof ArrayNode array) {
			array.remove(Integer.parseInt(last));
			book.removeItem(parentPointer, Integer.parseInt(last));
		}
		else if (parent instanceof ObjectNode object) {
			object.putNull(last);
			book.forget(pointer);
		}
		else {
			throw new IllegalStateException("No value at " + pointer);
		}
	}

}
