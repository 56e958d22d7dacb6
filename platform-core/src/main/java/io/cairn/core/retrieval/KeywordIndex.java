package io.cairn.core.retrieval;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.Language;

/**
 * Keyword (BM25) index over chunk text; derived from the catalog and rebuildable from it.
 */
public interface KeywordIndex extends AutoCloseable {

	/** Adds or replaces chunks (by id) and makes them searchable. */
	void upsert(List<IndexedChunk> chunks);

	/**
	 * Best {@code k} chunks for {@code query}, analysed with the rules of
	 * {@code language}.
	 */
	List<Hit> search(String query, Language language, int k, SearchFilter filter);

	/**
	 * Snippets of the given chunks with the query terms marked {@code <em>…</em>}, by
	 * chunk id.
	 */
	Map<String, String> highlight(String query, Language language, Collection<String> chunkIds);

	void deleteDocument(long documentId);

	/** Number of chunks held. */
	long count();

	/** Removes everything (before a rebuild). */
	void clear();

	@Override
	void close();

}
