package io.cairn.core.ingest;

import io.cairn.core.NotFoundException;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.KeywordIndex;

/**
 * Removes documents from the catalog and from every index. The catalog goes first: it is
 * the system of record, and searches skip index entries whose chunk is gone, so an index
 * left behind by a crash is harmless until the next rebuild.
 */
public final class DocumentDeleter {

	private final CollectionRepository collections;

	private final DocumentRepository documents;

	private final KeywordIndex keywordIndex;

	private final EmbeddingSpaces spaces;

	public DocumentDeleter(CollectionRepository collections, DocumentRepository documents, KeywordIndex keywordIndex,
			EmbeddingSpaces spaces) {
		this.collections = collections;
		this.documents = documents;
		this.keywordIndex = keywordIndex;
		this.spaces = spaces;
	}

	public void deleteDocument(KnowledgeCollection collection, long documentId) {
		Document document = this.documents.findById(documentId)
			.filter((found) -> found.collectionId() == collection.id())
			.orElseThrow(() -> new NotFoundException(
					"No document " + documentId + " in collection '" + collection.name() + "'"));
		this.documents.delete(document.id());
		removeFromIndexes(collection, document.id());
	}

	public void deleteCollection(KnowledgeCollection collection) {
		var held = this.documents.findByCollection(collection.id());
		this.collections.delete(collection.id());
		held.forEach((document) -> removeFromIndexes(collection, document.id()));
	}

	private void removeFromIndexes(KnowledgeCollection collection, long documentId) {
		this.keywordIndex.deleteDocument(documentId);
		this.spaces.forLanguage(collection.language()).index().deleteDocument(documentId);
	}

}
