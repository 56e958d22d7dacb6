package io.cairn.api.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One streamed chunk in OpenAI's format; the last carries the finish reason and Cairn's
 * citations.
 *
 * @param id completion id, the same in every chunk
 * @param object {@code chat.completion.chunk}
 * @param created seconds since the epoch
 * @param model the model (collection) asked
 * @param choices the one choice's delta
 * @param cairn citations, in the last chunk only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionChunk(String id, String object, long created, String model, List<Choice> choices,
		ChatCompletion.@Nullable Grounding cairn) {

	static ChatCompletionChunk delta(String id, long created, String model, @Nullable String role, String content) {
		return new ChatCompletionChunk(id, "chat.completion.chunk", created, model,
				List.of(new Choice(0, new Delta(role, content), null)), null);
	}

	static ChatCompletionChunk last(String id, long created, String model,
			ChatCompletion.@Nullable Grounding grounding) {
		return new ChatCompletionChunk(id, "chat.completion.chunk", created, model,
				List.of(new Choice(0, new Delta(null, null), "stop")), grounding);
	}

	/**
	 * A choice's delta.
	 *
	 * @param index always 0
	 * @param delta the new text
	 * @param finishReason {@code stop} in the last chunk, otherwise null
	 */
	public record Choice(int index, Delta delta, @JsonProperty("finish_reason") @Nullable String finishReason) {
	}

	/**
	 * New text.
	 *
	 * @param role {@code assistant} in the first chunk
	 * @param content the text
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Delta(@Nullable String role, @Nullable String content) {
	}

}
