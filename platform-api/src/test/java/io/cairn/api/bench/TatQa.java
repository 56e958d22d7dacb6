package io.cairn.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TAT-QA (a table of a financial report, the paragraphs around it, and questions about
 * them) as published in {@code tatqa_dataset_dev.json}.
 *
 * @param contexts the contexts in file order
 */
record TatQa(List<Context> contexts) {

	static final Path DEFAULT_FILE = Path.of("/work/shared/datasets/tatqa/tatqa_dataset_dev.json");

	/**
	 * A table with its paragraphs.
	 *
	 * @param uid the table's uid
	 * @param table rows of cells, as given
	 * @param paragraphs paragraphs in order
	 * @param questions its questions
	 */
	record Context(String uid, List<List<String>> table, List<Paragraph> paragraphs, List<Question> questions) {

		Paragraph paragraph(int order) {
			return this.paragraphs.stream()
				.filter((paragraph) -> paragraph.order() == order)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No paragraph " + order + " in " + this.uid));
		}

	}

	record Paragraph(int order, String text) {
	}

	/**
	 * A question.
	 *
	 * @param uid its uid
	 * @param text the question
	 * @param answerType span, multi-span, arithmetic or count
	 * @param answerFrom table, text or table-text
	 * @param answers the gold answer: the spans, or one number
	 * @param relParagraphs orders of the paragraphs that hold the evidence
	 * @param scale thousand, million, billion, percent or empty
	 */
	record Question(String uid, String text, String answerType, String answerFrom, List<String> answers,
			List<Integer> relParagraphs, String scale) {

		boolean usesTable() {
			return this.answerFrom.contains("table");
		}

	}

	List<Question> questions() {
		return this.contexts.stream().flatMap((context) -> context.questions().stream()).toList();
	}

	TatQa limit(int contexts) {
		return new TatQa(this.contexts.subList(0, Math.min(contexts, this.contexts.size())));
	}

	/** Every context with only its first {@code questions} questions. */
	TatQa sample(int questions) {
		return new TatQa(this.contexts.stream()
			.map((c) -> new Context(c.uid(), c.table(), c.paragraphs(),
					c.questions().subList(0, Math.min(questions, c.questions().size()))))
			.toList());
	}

	static TatQa load(Path file) {
		JsonNode root;
		try (InputStream in = Files.newInputStream(file)) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read TAT-QA from " + file, ex);
		}
		List<Context> contexts = new ArrayList<>();
		for (int i = 0; i < root.size(); i++) {
			contexts.add(context(root.get(i)));
		}
		return new TatQa(List.copyOf(contexts));
	}

	private static Context context(JsonNode node) {
		JsonNode tableNode = node.get("table");
		List<List<String>> table = new ArrayList<>();
		JsonNode rows = tableNode.get("table");
		for (int r = 0; r < rows.size(); r++) {
			table.add(strings(rows.get(r)));
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		JsonNode paragraphNodes = node.get("paragraphs");
		for (int p = 0; p < paragraphNodes.size(); p++) {
			JsonNode paragraph = paragraphNodes.get(p);
			paragraphs.add(new Paragraph(paragraph.get("order").asInt(), text(paragraph.get("text"))));
		}
		paragraphs.sort(Comparator.comparingInt(Paragraph::order));
		List<Question> questions = new ArrayList<>();
		JsonNode questionNodes = node.get("questions");
		for (int q = 0; q < questionNodes.size(); q++) {
			questions.add(question(questionNodes.get(q)));
		}
		return new Context(text(tableNode.get("uid")), List.copyOf(table), List.copyOf(paragraphs),
				List.copyOf(questions));
	}

	private static Question question(JsonNode node) {
		JsonNode answer = node.get("answer");
		List<String> answers = answer.isArray() ? strings(answer) : List.of(text(answer));
		List<Integer> rel = new ArrayList<>();
		JsonNode relNode = node.get("rel_paragraphs");
		for (int i = 0; i < relNode.size(); i++) {
			rel.add(Integer.parseInt(text(relNode.get(i)).strip()));
		}
		return new Question(text(node.get("uid")), text(node.get("question")), text(node.get("answer_type")),
				text(node.get("answer_from")), answers, List.copyOf(rel), text(node.get("scale")));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			values.add(text(array.get(i)));
		}
		return List.copyOf(values);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : node.toString();
	}

}
