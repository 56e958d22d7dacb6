package io.cairn.api.answer;

import io.cairn.core.answer.schema.CheckedSchema;
import io.cairn.core.answer.schema.SchemaCheck;
import io.cairn.core.answer.schema.SchemaFiller;
import io.cairn.core.answer.schema.StructuredAnswer;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.SearchFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Fills a JSON schema from a collection: the schema is checked before anything is
 * searched.
 */
@Component
public class StructuredAnswers {

	private final SchemaCheck check;

	private final SchemaFiller filler;

	StructuredAnswers(SchemaCheck check, SchemaFiller filler) {
		this.check = check;
		this.filler = filler;
	}

	/**
	 * The filled schema.
	 * @param instructions what to extract, in words (optional: field names and
	 * descriptions drive the search)
	 */
	public StructuredAnswer fill(KnowledgeCollection collection, JsonNode schema, @Nullable String instructions,
			SearchFilter filter) {
		CheckedSchema checked = this.check.check(schema);
		// The search inside the filler restricts the filter to the collection.
		return this.filler.fill(collection, (instructions != null && !instructions.isBlank()) ? instructions : null,
				checked, filter);
	}

}
