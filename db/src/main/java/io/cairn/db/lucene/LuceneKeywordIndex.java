package io.cairn.db.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.SearchFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * BM25 keyword index in a Lucene directory. Each chunk's text goes to the field of its
 * language ({@code text_en}, {@code text_zh}), analysed by that language's analyzer;
 * queries are analysed the same way and never parsed as syntax.
 */
public class LuceneKeywordIndex implements KeywordIndex {

	/**
	 * Stored (for highlighting) with offsets in the postings, so highlighting needs no
	 * re-analysis.
	 */
	private static final FieldType TEXT_TYPE;

	static {
		TEXT_TYPE = new FieldType(TextField.TYPE_STORED);
		TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_TYPE.freeze();
	}

	private final KeywordAnalysis analysis = new KeywordAnalysis();

	private final LuceneStore store;

	private final KeywordHighlighter highlighter;

	/** Opens (or creates) the index in {@code directory}. */
	public LuceneKeywordIndex(Path directory) {
		this.store = new LuceneStore(directory, new IndexWriterConfig(this.analysis.analyzer()));
		this.highlighter = new KeywordHighlighter(this.store, this.analysis);
	}

	@Override
	public void upsert(List<IndexedChunk> chunks) {
		if (chunks.isEmpty()) {
			return;
		}
		this.store.write((writer) -> {
			for (IndexedChunk chunk : chunks) {
				Document document = LuceneFields.document(chunk);
				document.add(new Field(KeywordAnalysis.field(chunk.language()), chunk.text(), TEXT_TYPE));
				writer.updateDocument(LuceneFields.id(chunk.chunkId()), document);
			}
		});
	}

	@Override
	public List<Hit> search(String query, Language language, int k, SearchFilter filter) {
		Query terms = this.analysis.query(query, language);
		if (terms == null || k < 1) {
			return List.of();
		}
		Query filterQuery = LuceneFields.filter(filter);
		Query search = (filterQuery != null)
				? new BooleanQuery.Builder().add(terms, Occur.MUST).add(filterQuery, Occur.FILTER).build() : terms;
		return this.store.search((searcher) -> hits(searcher, searcher.search(search, k)));
	}

	private static List<Hit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
		for (ScoreDoc scoreDoc : top.scoreDocs) {
			hits.add(new Hit(LuceneFields.chunkId(stored, scoreDoc.doc), scoreDoc.score));
		}
		return hits;
	}

	@Override
	public Map<String, String> highlight(String query, Language language, Collection<String> chunkIds) {
		if (chunkIds.isEmpty()) {
			return Map.of();
		}
		return this.highlighter.highlight(query, language, chunkIds);
	}

	@Override
	public void deleteDocument(long documentId) {
		this.store.write((writer) -> writer.deleteDocuments(LuceneFields.document(documentId)));
	}

	@Override
	public long count() {
		return this.store.count();
	}

	@Override
	public void clear() {
		this.store.clear();
	}

	@Override
	public void close() {
		try {
			this.store.close();
		}
		finally {
			this.analysis.close();
		}
	}

	@Override
	public String toString() {
		return "LuceneKeywordIndex[" + this.store.path() + "]";
	}

}
