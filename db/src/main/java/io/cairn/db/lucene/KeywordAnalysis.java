package io.cairn.db.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.collection.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Text analysis per language: each language has its own text field and analyzer (English:
 * stop words and Porter stemming; Chinese: SmartChinese word segmentation), and user
 * queries become plain term queries, so no input can be a syntax error.
 */
final class KeywordAnalysis implements AutoCloseable {

	/**
	 * Leaves room under IndexSearcher's default limit of 1,024 clauses for the filter
	 * clauses.
	 */
	static final int MAX_QUERY_TERMS = 1000;

	private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map
		.of(field(Language.ENGLISH), new EnglishAnalyzer(), field(Language.CHINESE), new SmartChineseAnalyzer()));

	Analyzer analyzer() {
		return this.analyzer;
	}

	static String field(Language language) {
		return "text_" + language.code();
	}

	/**
	 * A disjunction (BM25, Lucene's default similarity) of the query's distinct terms as
	 * the field's analyzer produces them; the most frequent {@link #MAX_QUERY_TERMS} when
	 * there are more.
	 * @return null when the text has no terms (empty, only stop words or punctuation)
	 */
	@Nullable Query query(String text, Language language) {
		String field = field(language);
		List<String> terms = topTerms(field, text);
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (String term : terms) {
			builder.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
		}
		return builder.build();
	}

	private List<String> topTerms(String field, String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (TokenStream tokens = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				counts.merge(term.toString(), 1, Integer::sum);
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Stable sort: ties keep their first-occurrence order.
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(MAX_QUERY_TERMS)
			.map(Map.Entry::getKey)
			.toList();
	}

	@Override
	public void close() {
		this.analyzer.close();
	}

}
