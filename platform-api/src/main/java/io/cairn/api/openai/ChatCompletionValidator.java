package io.cairn.api.openai;

import java.util.List;
import java.util.Set;

import io.cairn.core.InvalidRequestException;

/** Rejects chat completion requests Cairn cannot answer, saying what to change. */
final class ChatCompletionValidator {

	private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");

	private ChatCompletionValidator() {
	}

	static void validate(ChatCompletionRequest request) {
		if (request.model() == null || request.model().isBlank()) {
			throw new InvalidRequestException(
					"'model' is missing: set it to a collection name (GET /v1/models lists them).");
		}
		List<ChatCompletionRequest.Message> messages = request.messages();
		if (messages == null || messages.isEmpty()) {
			throw new InvalidRequestException("'messages' is missing or empty: send at least one user message.");
		}
		for (int i = 0; i < messages.size(); i++) {
			String role = messages.get(i).role();
			if (role == null || !ROLES.contains(role)) {
				throw new InvalidRequestException("messages[" + i + "].role is '" + role
						+ "'; Cairn accepts system, developer, user and assistant (no tools).");
			}
		}
		ChatCompletionRequest.Message last = messages.getLast();
		if (!"user".equals(last.role())) {
			throw new InvalidRequestException(
					"The last message must be the user's question; it has role '" + last.role() + "'.");
		}
		if (last.text().isBlank()) {
			throw new InvalidRequestException("The last user message has no text content.");
		}
		if (request.n() != null && request.n() != 1) {
			throw new InvalidRequestException("n is " + request.n() + "; Cairn returns exactly one choice, send n=1.");
		}
	}

}
