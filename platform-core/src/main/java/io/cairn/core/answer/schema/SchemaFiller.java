package io.cairn.core.answer.schema;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.SearchFilter;
import org.jspecify.annotations.Nullable;

/** Fills a checked JSON Schema from the documents of a collection. */
public interface SchemaFiller {

	/**
	 * @param collection where to look
	 * @param instructions optional words from the caller that scope the task ("fiscal
	 * 2019, consolidated figures")
	 * @param schema what to fill
	 * @param filter restricts the documents searched (its collection part is ignored)
	 * @return a value that validates against {@link CheckedSchema#answerSchema()}
	 */
	StructuredAnswer fill(KnowledgeCollection collection, @Nullable String instructions, CheckedSchema schema,
			SearchFilter filter);

}
