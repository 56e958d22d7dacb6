package io.cairn.core.answer.schema;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A caller's JSON Schema that passed {@link SchemaCheck}: valid draft 2020-12, only
 * supported keywords, within the limits. Thread-safe and reusable.
 */
public final class CheckedSchema {

	private final JsonNode schema;

	private final JsonNode answerSchema;

	private final Schema compiledAnswerSchema;

	CheckedSchema(JsonNode schema, JsonNode answerSchema) {
		this.schema = schema;
		this.answerSchema = answerSchema;
		this.compiledAnswerSchema = SchemaLibrary.compile(answerSchema);
	}

	/** The schema as the caller gave it. */
	public JsonNode schema() {
		return this.schema;
	}

	/**
	 * The schema answers validate against: the caller's, with {@code null} allowed for
	 * every property (added to its {@code type}, and to its {@code enum} if it has one),
	 * because a field the sources say nothing about is {@code null}, never invented.
	 * Everything else (required, formats, bounds, array items) is unchanged.
	 */
	public JsonNode answerSchema() {
		return this.answerSchema;
	}

	Schema compiledAnswerSchema() {
		return this.compiledAnswerSchema;
	}

	/** The root as a walkable node. */
	SchemaNode root() {
		return new SchemaNode(this.schema);
	}

}
