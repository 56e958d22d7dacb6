package io.cairn.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BEIR SciFact: the corpus, the queries and the graded test qrels.
 *
 * @param corpus abstracts in file order
 * @param queries every claim (1,109), in file order
 * @param qrels relevance grade by corpus id, per test query id (300 queries)
 */
record SciFact(List<Passage> corpus, List<Query> queries, Map<String, Map<String, Integer>> qrels) {

	static final Path DEFAULT_DIR = Path.of("/work/shared/datasets/scifact");

	static SciFact load(Path dir) {
		JsonMapper json = JsonMapper.builder().build();
		List<Passage> corpus = new ArrayList<>();
		for (String line : lines(dir.resolve("corpus.jsonl"))) {
			JsonNode node = json.readTree(line);
			corpus.add(new Passage(node.get("_id").asString(), node.path("title").asString(""),
					node.path("text").asString("")));
		}
		List<Query> queries = new ArrayList<>();
		for (String line : lines(dir.resolve("queries.jsonl"))) {
			JsonNode node = json.readTree(line);
			queries.add(new Query(node.get("_id").asString(), node.get("text").asString()));
		}
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		List<String> rows = lines(dir.resolve("qrels").resolve("test.tsv"));
		for (String row : rows.subList(1, rows.size())) {
			String[] cells = row.split("\t");
			qrels.computeIfAbsent(cells[0], (id) -> new LinkedHashMap<>()).put(cells[1], Integer.parseInt(cells[2]));
		}
		return new SciFact(List.copyOf(corpus), List.copyOf(queries), qrels);
	}

	/** The queries that have test qrels, in file order. */
	List<Query> testQueries() {
		return this.queries.stream().filter((query) -> this.qrels.containsKey(query.id())).toList();
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream().filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " (the SciFact data set, see --data)", ex);
		}
	}

	/**
	 * One abstract.
	 *
	 * @param id corpus id
	 * @param title title
	 * @param text abstract
	 */
	record Passage(String id, String title, String text) {

		/** The chunk text: title and abstract, as BEIR evaluates dense models. */
		String chunkText() {
			return this.title.isBlank() ? this.text : this.title + ". " + this.text;
		}

	}

	/**
	 * One claim.
	 *
	 * @param id query id
	 * @param text claim
	 */
	record Query(String id, String text) {
	}

}
