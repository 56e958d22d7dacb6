package io.cairn.api.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields of an OpenAI chat completion request that Cairn reads; others are ignored.
 *
 * @param model a collection name, or {@value OpenAiModels#GENERATOR} for the bare
 * generator
 * @param messages the conversation; the last one must be the user's question
 * @param stream whether to stream chunks
 * @param n choices wanted; only 1 is supported
 * @param responseFormat {@code {"type":"json_schema","json_schema":{"schema":...}}} for
 * structured output
 * @param temperature accepted for compatibility; the extractive generator ignores it
 * @param maxTokens accepted for compatibility
 */
public record ChatCompletionRequest(@Nullable String model, @Nullable List<Message> messages, @Nullable Boolean stream,
		@Nullable Integer n, @JsonProperty("response_format") @Nullable JsonNode responseFormat,
		@Nullable Double temperature, @JsonProperty("max_tokens") @Nullable Integer maxTokens) {

	/**
	 * One message.
	 *
	 * @param role system, developer, user or assistant
	 * @param content text, or an array of parts of which the text parts are read
	 */
	public record Message(@Nullable String role, @Nullable JsonNode content) {

		/** The text of the message: a string, or its text parts joined. */
		String text() {
			if (this.content == null || this.content.isNull()) {
				return "";
			}
			if (this.content.isString()) {
				return this.content.asString();
			}
			StringBuilder text = new StringBuilder();
			if (this.content.isArray()) {
				for (JsonNode part : this.content) {
					if ("text".equals(part.path("type").asString("")) && part.has("text")) {
						text.append((text.isEmpty()) ? "" : "\n").append(part.get("text").asString());
					}
				}
			}
			return text.toString();
		}

	}

}
