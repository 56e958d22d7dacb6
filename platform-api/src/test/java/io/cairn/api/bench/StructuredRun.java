package io.cairn.api.bench;

import java.util.List;
import java.util.Map;

import io.cairn.core.answer.schema.CheckedSchema;
import io.cairn.core.answer.schema.DocumentTitles;
import io.cairn.core.answer.schema.ExtractiveSchemaFiller;
import io.cairn.core.answer.schema.SchemaCheck;
import io.cairn.core.answer.schema.SchemaFillSettings;
import io.cairn.core.answer.schema.SchemaValidator;
import io.cairn.core.answer.schema.StructuredAnswer;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.SearchFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured output on TAT-QA: each question becomes a schema (the answer as text, its
 * value as a number, its scale as an enum), filled by the extractive schema filler from
 * the full collection and validated with the JSON-schema library.
 */
final class StructuredRun {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> SCALES = List.of("thousand", "million", "billion", "percent");

	/**
	 * @param requests schemas filled
	 * @param valid outputs that validate (fields the sources do not give are null)
	 * @param complete valid outputs with every required field filled
	 * @param numeric span questions with a numeric gold answer
	 * @param valueMatches of those, outputs whose value equals the gold number
	 * @param scaleMatches of those, outputs whose scale equals the gold scale (empty =
	 * null)
	 * @param meanMillis mean time per fill
	 */
	record Result(int requests, int valid, int complete, int numeric, int valueMatches, int scaleMatches,
			double meanMillis) {
	}

	private StructuredRun() {
	}

	static Result run(AnswerStack stack, BenchStorage storage, List<TatQa.Question> questions,
			KnowledgeCollection collection) {
		ExtractiveSchemaFiller filler = new ExtractiveSchemaFiller(stack.searcher(true),
				DocumentTitles.from(storage.documents()), new SchemaValidator(), SchemaFillSettings.defaults());
		SchemaCheck check = new SchemaCheck();
		SchemaValidator validator = new SchemaValidator();
		int valid = 0;
		int complete = 0;
		int numeric = 0;
		int valueMatches = 0;
		int scaleMatches = 0;
		long nanos = 0;
		for (TatQa.Question question : questions) {
			CheckedSchema schema = check.check(schema(question.text()));
			long start = System.nanoTime();
			StructuredAnswer answer = filler.fill(collection, question.text(), schema,
					SearchFilter.collection(collection.id()));
			nanos += System.nanoTime() - start;
			JsonNode value = answer.value();
			if (validator.validate(schema, value).isEmpty()) {
				valid++;
				if (!value.get("answer").isNull() && !value.get("value").isNull() && !value.get("scale").isNull()) {
					complete++;
				}
			}
			Double gold = goldNumber(question);
			if (gold != null) {
				numeric++;
				JsonNode got = value.get("value");
				if (got != null && got.isNumber() && Math.abs(got.asDouble() - gold) <= 1e-6 * Math.max(1, gold)) {
					valueMatches++;
				}
				String scale = (value.get("scale") == null || value.get("scale").isNull()) ? ""
						: value.get("scale").asString();
				if (scale.equals(question.scale())) {
					scaleMatches++;
				}
			}
		}
		return new Result(questions.size(), valid, complete, numeric, valueMatches, scaleMatches,
				questions.isEmpty() ? 0 : nanos / 1e6 / questions.size());
	}

	static JsonNode schema(String question) {
		return JSON.valueToTree(Map.of("type", "object", "required", List.of("answer", "value", "scale"), "properties",
				Map.of("answer", Map.of("type", "string", "description", question), "value",
						Map.of("type", "number", "description", question), "scale",
						Map.of("type", "string", "enum", SCALES, "description", "scale of the value (units)"))));
	}

	/** The gold answer of a span question as a number, or null when it is not one. */
	static Double goldNumber(TatQa.Question question) {
		if (!"span".equals(question.answerType()) || question.answers().size() != 1) {
			return null;
		}
		String text = question.answers().getFirst().strip().replace("$", "").replace(",", "").replace("%", "");
		boolean negative = text.startsWith("(") && text.endsWith(")");
		text = text.replace("(", "").replace(")", "").strip();
		try {
			double value = Double.parseDouble(text);
			return negative ? -value : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
