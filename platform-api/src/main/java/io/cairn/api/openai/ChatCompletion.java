package io.cairn.api.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cairn.api.answer.AnswerView;
import org.jspecify.annotations.Nullable;

/**
 * A chat completion in OpenAI's format, with Cairn's citations in the extra {@code cairn}
 * field.
 *
 * @param id completion id
 * @param object {@code chat.completion}
 * @param created seconds since the epoch
 * @param model the model (collection) asked
 * @param choices the one choice
 * @param usage token counts (estimated: about four characters per token)
 * @param cairn citations and grounding details
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
		@Nullable Grounding cairn) {

	/**
	 * A choice.
	 *
	 * @param index always 0
	 * @param message the assistant's message
	 * @param finishReason {@code stop}
	 */
	public record Choice(int index, AssistantMessage message, @JsonProperty("finish_reason") String finishReason) {
	}

	/**
	 * The answer.
	 *
	 * @param role {@code assistant}
	 * @param content the answer with {@code [n]} citation markers
	 */
	public record AssistantMessage(String role, String content) {
	}

	/**
	 * Token counts.
	 *
	 * @param promptTokens prompt tokens
	 * @param completionTokens answer tokens
	 * @param totalTokens both
	 */
	public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens) {

		static Usage estimate(String prompt, String completion) {
			int in = Math.max(1, prompt.length() / 4);
			int out = Math.max(1, completion.length() / 4);
			return new Usage(in, out, in + out);
		}

	}

	/**
	 * What grounds the answer: the documented extra field.
	 *
	 * @param outcome {@code answered} or {@code refused}
	 * @param refusalReason why it was refused
	 * @param exactAnswer the exact span for numeric and date questions
	 * @param exactScale its scale as the sources state it ("million")
	 * @param exactPeriod the period it is for ("2019")
	 * @param citations sources of the {@code [n]} markers
	 * @param unsupportedSentences sentences no source supports
	 * @param standaloneQuestion the question as searched
	 * @param structured structured output: the citations of each field by JSON pointer
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Grounding(String outcome, @JsonProperty("refusal_reason") @Nullable String refusalReason,
			@JsonProperty("exact_answer") @Nullable String exactAnswer,
			@JsonProperty("exact_scale") @Nullable String exactScale,
			@JsonProperty("exact_period") @Nullable String exactPeriod, List<AnswerView.CitationView> citations,
			@JsonProperty("unsupported_sentences") List<String> unsupportedSentences,
			@JsonProperty("standalone_question") @Nullable String standaloneQuestion,
			@JsonProperty("field_citations") java.util.@Nullable Map<String, List<AnswerView.CitationView>> structured) {

		static Grounding of(AnswerView view) {
			return new Grounding(view.outcome(), view.refusalReason(), view.exactAnswer(), view.exactScale(),
					view.exactPeriod(), view.citations(), view.unsupportedSentences(), view.standaloneQuestion(), null);
		}

	}

}
