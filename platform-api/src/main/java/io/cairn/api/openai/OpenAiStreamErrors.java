package io.cairn.api.openai;

import java.util.Map;

/** The error object OpenAI clients expect when a stream fails after it started. */
final class OpenAiStreamErrors {

	private OpenAiStreamErrors() {
	}

	static Object of(Throwable error) {
		return Map.of("error", Map.of("message", "The generator failed while writing the answer: " + error.getMessage(),
				"type", "server_error", "code", "generator_failed"));
	}

}
