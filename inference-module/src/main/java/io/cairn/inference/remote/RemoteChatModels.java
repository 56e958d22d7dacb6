package io.cairn.inference.remote;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/** Builds Spring AI chat models for OpenAI-compatible servers. */
public final class RemoteChatModels {

	/** Servers without keys (vLLM, Ollama) still need a non-empty value in the client. */
	private static final String NO_KEY = "none";

	private RemoteChatModels() {
	}

	/** A chat model that talks to the server described by {@code settings}. */
	public static ChatModel openAiCompatible(RemoteModelSettings settings) {
		return OpenAiChatModel.builder().options(options(settings)).build();
	}

	/** The default options for every request to that server. */
	public static OpenAiChatOptions options(RemoteModelSettings settings) {
		return OpenAiChatOptions.builder()
			.baseUrl(settings.baseUrl())
			.apiKey((settings.apiKey() != null && !settings.apiKey().isBlank()) ? settings.apiKey() : NO_KEY)
			.model(settings.model())
			.timeout(settings.timeout())
			.maxRetries(settings.maxRetries())
			.temperature(settings.temperature())
			.maxTokens(settings.maxTokens())
			.build();
	}

}
