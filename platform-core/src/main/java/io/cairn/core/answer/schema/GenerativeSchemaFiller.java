package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import io.cairn.core.answer.ContextSource;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;

/**
 * Fills a schema with a chat model: one search for the whole schema (instructions, field
 * names and descriptions), then {@link SchemaGenerator} over the numbered chunks (one
 * repair turn at most; {@link InvalidModelOutputException} if still invalid).
 */
public final class GenerativeSchemaFiller implements SchemaFiller {

	private final SchemaGenerator generator;

	private final HybridSearcher searcher;

	private final LongFunction<String> titles;

	private final SchemaFillSettings settings;

	/**
	 * @param model the generator
	 * @param options chat options for every call (null: the model's defaults)
	 * @param searcher hybrid retrieval
	 * @param titles document id to title, e.g. {@link DocumentTitles#from}
	 * @param validator validates the replies
	 * @param settings how many chunks the model sees
	 */
	public GenerativeSchemaFiller(ChatModel model, @Nullable ChatOptions options, HybridSearcher searcher,
			LongFunction<String> titles, SchemaValidator validator, SchemaFillSettings settings) {
		this.generator = new SchemaGenerator(model, options, validator);
		this.searcher = searcher;
		this.titles = titles;
		this.settings = settings;
	}

	@Override
	public StructuredAnswer fill(KnowledgeCollection collection, @Nullable String instructions, CheckedSchema schema,
			SearchFilter filter) {
		String query = SchemaPrompt.query(instructions, schema, this.searcher.settings().maxQueryCharacters());
		List<SearchResult> results = this.searcher.search(collection,
				SearchRequest.hybrid(query, filter, this.settings.contextChunks()));
		List<ContextSource> sources = new ArrayList<>();
		for (SearchResult result : results) {
			sources.add(new ContextSource(sources.size() + 1, result.chunk(),
					this.titles.apply(result.chunk().documentId())));
		}
		return this.generator.generate(SchemaPrompt.task(instructions, schema), sources, schema);
	}

}
