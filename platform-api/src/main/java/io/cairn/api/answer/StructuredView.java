package io.cairn.api.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.answer.schema.StructuredAnswer;
import tools.jackson.databind.JsonNode;

/**
 * Structured output as the API returns it.
 *
 * @param value JSON that validates against the request's schema ({@code null} where the
 * sources say nothing)
 * @param citations the citations of every filled field, keyed by JSON pointer
 * @param tookMs server time
 */
public record StructuredView(JsonNode value, Map<String, List<AnswerView.CitationView>> citations, double tookMs) {

	public static StructuredView of(StructuredAnswer answer, String collection, double tookMs) {
		Map<String, List<AnswerView.CitationView>> citations = new LinkedHashMap<>();
		answer.citations()
			.forEach((pointer, cited) -> citations.put(pointer,
					cited.stream().map((citation) -> AnswerView.CitationView.of(collection, citation)).toList()));
		return new StructuredView(answer.value(), citations, tookMs);
	}

}
