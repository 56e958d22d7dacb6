package io.cairn.core.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.ingest.StoredChunk;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.retrieval.search.DocumentRetriever;

/**
 * Cairn's hybrid search as a Spring AI {@link DocumentRetriever}, so it plugs into Spring
 * AI's retrieval-augmentation advisors. Bound to one collection.
 */
public final class CairnDocumentRetriever implements DocumentRetriever {

	/**
	 * Key of the query context that restricts the search to some documents (a set of
	 * ids).
	 */
	public static final String DOCUMENT_IDS = "cairn.documentIds";

	private final HybridSearcher searcher;

	private final KnowledgeCollection collection;

	private final int topK;

	public CairnDocumentRetriever(HybridSearcher searcher, KnowledgeCollection collection, int topK) {
		this.searcher = searcher;
		this.collection = collection;
		this.topK = topK;
	}

	@Override
	public List<Document> retrieve(Query query) {
		SearchFilter filter = SearchFilter.collection(this.collection.id());
		if (query.context().get(DOCUMENT_IDS) instanceof java.util.Collection<?> ids) {
			filter = filter.withDocuments(
					ids.stream().map((id) -> Long.valueOf(id.toString())).collect(java.util.stream.Collectors.toSet()));
		}
		return this.searcher.search(this.collection, SearchRequest.hybrid(query.text(), filter, this.topK))
			.stream()
			.map(CairnDocumentRetriever::toDocument)
			.toList();
	}

	private static Document toDocument(SearchResult result) {
		StoredChunk chunk = result.chunk();
		Map<String, Object> metadata = new HashMap<>(chunk.metadata());
		metadata.put("documentId", chunk.documentId());
		metadata.put("collectionId", chunk.collectionId());
		metadata.put("pageStart", chunk.pageStart());
		metadata.put("pageEnd", chunk.pageEnd());
		metadata.put("headingPath", chunk.headingPath());
		return Document.builder().id(chunk.id()).text(chunk.text()).metadata(metadata).score(result.score()).build();
	}

}
