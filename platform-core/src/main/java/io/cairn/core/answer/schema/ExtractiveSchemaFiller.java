package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.SearchFilter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills a schema without a model: every leaf field gets its own search (its words, its
 * parents', the instructions) and takes a typed value from the best sentence or table row
 * that speaks about it ({@link SchemaFillSettings#minCoverage()}); arrays of objects take
 * the rows of the best matching table. A field nothing supports is null. Each filled leaf
 * is cited with the exact sentence or row it was read from. The result always validates:
 * a value that breaks its field's schema is passed over for the next candidate, and
 * {@link AnswerRepair} nulls what still breaks the whole. Thread-safe.
 */
public final class ExtractiveSchemaFiller implements SchemaFiller {

	private final HybridSearcher searcher;

	private final LongFunction<String> titles;

	private final SchemaValidator validator;

	private final SchemaFillSettings settings;

	/**
	 * @param searcher hybrid retrieval
	 * @param titles document id to title, e.g. {@link DocumentTitles#from}
	 * @param validator validates the answer
	 * @param settings retrieval sizes and the support threshold
	 */
	public ExtractiveSchemaFiller(HybridSearcher searcher, LongFunction<String> titles, SchemaValidator validator,
			SchemaFillSettings settings) {
		this.searcher = searcher;
		this.titles = titles;
		this.validator = validator;
		this.settings = settings;
	}

	@Override
	public StructuredAnswer fill(KnowledgeCollection collection, @Nullable String instructions, CheckedSchema schema,
			SearchFilter filter) {
		Run run = new Run(new FieldSearch(this.searcher, collection, instructions, filter),
				new SourceBook(this.titles));
		ObjectNode answer = object(run, schema.root(), "", List.of());
		AnswerRepair.repair(this.validator, schema, answer, run.book());
		return new StructuredAnswer(answer, run.book().citations());
	}

	private ObjectNode object(Run run, SchemaNode schema, String pointer, List<String> parents) {
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, SchemaNode> property : schema.properties().entrySet()) {
			String name = property.getKey();
			SchemaNode field = property.getValue();
			String at = JsonPointers.child(pointer, name);
			List<String> inner = append(parents, name);
			JsonNode value = switch (field.type()) {
				case "object" -> object(run, field, at, inner);
				case "array" -> array(run, name, field, at, parents);
				default -> leaf(run, name, field, at, parents);
			};
			object.set(name, value);
		}
		return object;
	}

	private JsonNode leaf(Run run, String name, SchemaNode field, String pointer, List<String> parents) {
		FieldTerms terms = FieldTerms.of(name, field, parents, instructions(run));
		List<Passage> passages = run.search()
			.passages(query(run, name, field, parents), this.settings.chunksPerField());
		FieldCheck check = new FieldCheck(field);
		for (Passage passage : FieldSearch.supporting(passages, terms, this.settings.minCoverage())) {
			JsonNode value = LeafReader.read(field, terms, passage);
			if (value != null && check.accepts(value)) {
				run.book().cite(pointer, passage.chunk(), passage.start(), passage.end());
				return value;
			}
		}
		return JsonNodeFactory.instance.nullNode();
	}

	private JsonNode array(Run run, String name, SchemaNode field, String pointer, List<String> parents) {
		SchemaNode items = field.items();
		if (items == null) {
			return JsonNodeFactory.instance.arrayNode();
		}
		int cap = field.maxItems(this.settings.maxArrayItems());
		FieldTerms terms = FieldTerms.of(name, field, parents, instructions(run));
		StringBuilder query = new StringBuilder(query(run, name, field, parents));
		items.properties().keySet().forEach((property) -> query.append(' ').append(Words.spoken(property)));
		List<Passage> passages = run.search().passages(query.toString(), this.settings.chunksPerField());
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		if ("object".equals(items.type())) {
			new ItemRows(this.settings.minCoverage(), run.book()).fill(items, terms, passages, cap, pointer, array);
			return array;
		}
		if (!items.isScalar()) {
			return array;
		}
		FieldCheck check = new FieldCheck(items);
		FieldTerms itemTerms = FieldTerms.of(name, items, parents, instructions(run));
		for (Passage passage : FieldSearch.supporting(passages, terms, this.settings.minCoverage())) {
			JsonNode value = LeafReader.read(items, itemTerms, passage);
			if (array.size() < cap && value != null && check.accepts(value) && !contains(array, value)) {
				run.book()
					.cite(JsonPointers.child(pointer, array.size()), passage.chunk(), passage.start(), passage.end());
				array.add(value);
			}
		}
		return array;
	}

	private String query(Run run, String name, SchemaNode field, List<String> parents) {
		return FieldSearch.query(name, field, parents, run.search().instructions(),
				this.searcher.settings().maxQueryCharacters());
	}

	private static String instructions(Run run) {
		String instructions = run.search().instructions();
		return (instructions != null) ? instructions : "";
	}

	private static boolean contains(ArrayNode array, JsonNode value) {
		for (JsonNode item : array) {
			if (item.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> append(List<String> parents, String name) {
		List<String> inner = new ArrayList<>(parents);
		inner.add(name);
		return inner;
	}

	private record Run(FieldSearch search, SourceBook book) {
	}

}
