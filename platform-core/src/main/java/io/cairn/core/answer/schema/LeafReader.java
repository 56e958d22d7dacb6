package io.cairn.core.answer.schema;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads a value of a leaf field's type from one passage. */
final class LeafReader {

	private LeafReader() {
	}

	static @Nullable JsonNode read(SchemaNode field, FieldTerms terms, Passage passage) {
		if (field.hasEnum()) {
			return ChoiceReader.readEnum(field, terms, passage);
		}
		return switch (field.type()) {
			case "number", "integer" -> NumberReader.read(field, terms, passage);
			case "boolean" -> ChoiceReader.readBoolean(terms, passage);
			case "string" -> TextReader.read(field, terms, passage);
			default -> null;
		};
	}

}
