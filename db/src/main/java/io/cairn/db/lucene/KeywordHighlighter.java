package io.cairn.db.lucene;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.cairn.core.collection.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Snippets with the query terms marked {@code <em>…</em>}. Text is HTML-escaped so
 * snippets can be shown as HTML; a chunk without any query term gets its opening instead.
 */
final class KeywordHighlighter {

	static final int FALLBACK_CHARS = 200;

	private static final int MAX_PASSAGES = 2;

	private final LuceneStore store;

	private final KeywordAnalysis analysis;

	KeywordHighlighter(LuceneStore store, KeywordAnalysis analysis) {
		this.store = store;
		this.analysis = analysis;
	}

	Map<String, String> highlight(String queryText, Language language, Collection<String> chunkIds) {
		Query query = this.analysis.query(queryText, language);
		String field = KeywordAnalysis.field(language);
		Query byId = new TermInSetQuery(LuceneFields.ID, chunkIds.stream().map(BytesRef::new).toList());
		return this.store.search((searcher) -> {
			TopDocs docs = searcher.search(byId, Math.max(1, chunkIds.size()));
			String[] snippets = (query != null) ? highlighter(searcher).highlight(field, query, docs, MAX_PASSAGES)
					: new String[docs.scoreDocs.length];
			StoredFields stored = searcher.storedFields();
			Map<String, String> result = new HashMap<>();
			for (int i = 0; i < docs.scoreDocs.length; i++) {
				ScoreDoc scoreDoc = docs.scoreDocs[i];
				Document document = stored.document(scoreDoc.doc);
				String snippet = snippets[i];
				result.put(document.get(LuceneFields.ID),
						(snippet != null && snippet.contains("<em>")) ? snippet : opening(document));
			}
			return result;
		});
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, this.analysis.analyzer())
			.withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
			.build();
	}

	/**
	 * The first ~200 characters of whichever language field the chunk has, cut at a
	 * space.
	 */
	private static String opening(Document document) {
		String text = firstText(document);
		if (text.length() <= FALLBACK_CHARS) {
			return escape(text);
		}
		int cut = text.lastIndexOf(' ', FALLBACK_CHARS);
		if (cut <= FALLBACK_CHARS / 2) {
			// No space nearby (Chinese, long tokens): cut at the limit, but not inside a
			// surrogate pair.
			cut = Character.isHighSurrogate(text.charAt(FALLBACK_CHARS - 1)) ? FALLBACK_CHARS - 1 : FALLBACK_CHARS;
		}
		return escape(text.substring(0, cut).strip()) + "…";
	}

	private static String firstText(Document document) {
		for (Language language : Language.values()) {
			@Nullable String text = document.get(KeywordAnalysis.field(language));
			if (text != null) {
				return text;
			}
		}
		return "";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
