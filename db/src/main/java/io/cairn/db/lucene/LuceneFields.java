package io.cairn.db.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** The fields both Lucene indexes share: the chunk id and the filter fields. */
final class LuceneFields {

	static final String ID = "id";

	static final String COLLECTION = "collection";

	static final String DOCUMENT = "document";

	static final String METADATA_PREFIX = "m.";

	private static final Set<String> ID_ONLY = Set.of(ID);

	private LuceneFields() {
	}

	static Document document(IndexedChunk chunk) {
		Document document = new Document();
		document.add(new StringField(ID, chunk.chunkId(), Field.Store.YES));
		document.add(new LongField(COLLECTION, chunk.collectionId(), Field.Store.NO));
		document.add(new LongField(DOCUMENT, chunk.documentId(), Field.Store.NO));
		for (Map.Entry<String, String> entry : chunk.metadata().entrySet()) {
			document.add(new StringField(METADATA_PREFIX + entry.getKey(), entry.getValue(), Field.Store.NO));
		}
		return document;
	}

	static String chunkId(StoredFields stored, int doc) throws IOException {
		return stored.document(doc, ID_ONLY).get(ID);
	}

	static Term id(String chunkId) {
		return new Term(ID, chunkId);
	}

	static Query document(long documentId) {
		return LongField.newExactQuery(DOCUMENT, documentId);
	}

	/**
	 * The filter as one query of FILTER clauses (no scoring), or null when it lets
	 * everything pass.
	 */
	static @Nullable Query filter(SearchFilter filter) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		boolean any = false;
		if (!filter.collectionIds().isEmpty()) {
			builder.add(LongField.newSetQuery(COLLECTION, toArray(filter.collectionIds())), Occur.FILTER);
			any = true;
		}
		if (!filter.documentIds().isEmpty()) {
			builder.add(LongField.newSetQuery(DOCUMENT, toArray(filter.documentIds())), Occur.FILTER);
			any = true;
		}
		for (Map.Entry<String, String> entry : filter.metadata().entrySet()) {
			builder.add(new TermQuery(new Term(METADATA_PREFIX + entry.getKey(), entry.getValue())), Occur.FILTER);
			any = true;
		}
		return any ? builder.build() : null;
	}

	private static long[] toArray(Set<Long> ids) {
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

}
