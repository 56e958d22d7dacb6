package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cairn.core.answer.schema.Passage.Cell;
import io.cairn.core.answer.schema.Passage.Row;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills an array of objects from the rows of the best table: each scalar item property is
 * matched to the column whose header speaks about it; the first unmatched string property
 * takes the row label. The table with the most matched columns (then the best-ranked
 * chunk) wins; "total" rows are not items. Without such a table, each sentence that
 * yields at least half of the item's properties becomes an item.
 */
final class ItemRows {

	private final double minCoverage;

	private final SourceBook book;

	ItemRows(double minCoverage, SourceBook book) {
		this.minCoverage = minCoverage;
		this.book = book;
	}

	void fill(SchemaNode items, FieldTerms arrayTerms, List<Passage> passages, int cap, String pointer, ArrayNode out) {
		Map<String, List<Passage>> tables = new LinkedHashMap<>();
		passages.stream()
			.filter((passage) -> passage.row() != null)
			.forEach((row) -> tables.computeIfAbsent(row.chunk().id(), (id) -> new ArrayList<>()).add(row));
		Map<String, Integer> bestColumns = Map.of();
		List<Passage> bestRows = List.of();
		for (List<Passage> rows : tables.values()) {
			Map<String, Integer> columns = columns(items, rows.getFirst().row());
			if (columns.size() > bestColumns.size()) {
				bestColumns = columns;
				bestRows = rows;
			}
		}
		if (!bestColumns.isEmpty()) {
			for (Passage row : bestRows) {
				if (out.size() < cap && !row.row().label().toLowerCase(Locale.ROOT).contains("total")) {
					add(item(items, row, bestColumns, pointer + "/" + out.size()), out);
				}
			}
			return;
		}
		for (Passage sentence : FieldSearch.supporting(passages, arrayTerms, this.minCoverage)) {
			if (out.size() < cap && sentence.row() == null) {
				add(sentenceItem(items, sentence, pointer + "/" + out.size()), out);
			}
		}
	}

	private static void add(ObjectNode item, ArrayNode out) {
		if (item.size() > 0) {
			out.add(item);
		}
	}

	/** Item property to column index (0 is the row label). */
	private Map<String, Integer> columns(SchemaNode items, Row row) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (Map.Entry<String, SchemaNode> property : items.properties().entrySet()) {
			if (!property.getValue().isScalar()) {
				continue;
			}
			FieldTerms terms = FieldTerms.of(property.getKey(), property.getValue(), List.of(), "");
			for (int i = 1; i < row.header().size(); i++) {
				if (!columns.containsValue(i) && terms.coverage(Words.all(row.header().get(i))) >= this.minCoverage) {
					columns.put(property.getKey(), i);
					break;
				}
			}
		}
		if (columns.isEmpty()) {
			return columns;
		}
		items.properties()
			.entrySet()
			.stream()
			.filter((property) -> "string".equals(property.getValue().type()) && !property.getValue().hasEnum())
			.filter((property) -> !columns.containsKey(property.getKey()))
			.findFirst()
			.ifPresent((property) -> columns.put(property.getKey(), 0));
		return columns;
	}

	private ObjectNode item(SchemaNode items, Passage row, Map<String, Integer> columns, String pointer) {
		ObjectNode item = JsonNodeFactory.instance.objectNode();
		int filled = 0;
		for (Map.Entry<String, SchemaNode> property : items.properties().entrySet()) {
			Integer column = columns.get(property.getKey());
			JsonNode value = (column != null) ? cell(property.getKey(), property.getValue(), row, column) : null;
			if (value != null && new FieldCheck(property.getValue()).accepts(value)) {
				item.set(property.getKey(), value);
				cite(pointer, property.getKey(), row);
				filled++;
			}
			else {
				item.putNull(property.getKey());
			}
		}
		return (filled > 0) ? item : JsonNodeFactory.instance.objectNode();
	}

	/**
	 * A cell read as its property's type: the row cut down to its label and that cell.
	 */
	private static JsonNode cell(String name, SchemaNode property, Passage row, int column) {
		List<Cell> cells = row.row().cells();
		if (column >= cells.size()) {
			return null;
		}
		if (column == 0) {
			return JsonNodeFactory.instance.stringNode(cells.getFirst().text());
		}
		Row single = new Row(List.of(cells.getFirst(), cells.get(column)), List.of("", row.row().header().get(column)),
				row.row().scale());
		Passage narrowed = new Passage(row.chunk(), row.rank(), row.start(), row.end(), row.words(), row.context(),
				single);
		return LeafReader.read(property, FieldTerms.of(name, property, List.of(), ""), narrowed);
	}

	private ObjectNode sentenceItem(SchemaNode items, Passage sentence, String pointer) {
		ObjectNode item = JsonNodeFactory.instance.objectNode();
		int filled = 0;
		int scalars = 0;
		for (Map.Entry<String, SchemaNode> property : items.properties().entrySet()) {
			SchemaNode schema = property.getValue();
			FieldTerms terms = FieldTerms.of(property.getKey(), schema, List.of(), "");
			JsonNode value = (schema.isScalar() && terms.coverage(sentence.words()) >= this.minCoverage)
					? LeafReader.read(schema, terms, sentence) : null;
			scalars += schema.isScalar() ? 1 : 0;
			if (value != null && new FieldCheck(schema).accepts(value)) {
				item.set(property.getKey(), value);
				filled++;
			}
			else {
				item.putNull(property.getKey());
			}
		}
		if (filled == 0 || filled * 2 < scalars) {
			return JsonNodeFactory.instance.objectNode();
		}
		item.properties().forEach((entry) -> {
			if (!entry.getValue().isNull()) {
				cite(pointer, entry.getKey(), sentence);
			}
		});
		return item;
	}

	private void cite(String itemPointer, String property, Passage passage) {
		this.book.cite(JsonPointers.child(itemPointer, property), passage.chunk(), passage.start(), passage.end());
	}

}
