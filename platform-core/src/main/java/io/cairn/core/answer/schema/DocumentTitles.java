package io.cairn.core.answer.schema;

import java.util.function.LongFunction;

import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;

/** Document titles for citations. */
public final class DocumentTitles {

	private DocumentTitles() {
	}

	/** Titles from the catalog; "" for a document deleted meanwhile. */
	public static LongFunction<String> from(DocumentRepository documents) {
		return (id) -> documents.findById(id).map(Document::title).orElse("");
	}

}
