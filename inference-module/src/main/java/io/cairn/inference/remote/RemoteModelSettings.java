package io.cairn.inference.remote;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach an OpenAI-compatible chat model.
 *
 * @param baseUrl the API root including the version path, e.g.
 * {@code http://localhost:8000/v1}
 * @param model the model name the server expects
 * @param apiKey the key to send, or null for servers without keys
 * @param timeout time allowed for one request
 * @param maxRetries retries on connection errors and 429/5xx
 * @param temperature sampling temperature; low values keep answers close to the sources
 * @param maxTokens longest answer to ask for
 */
public record RemoteModelSettings(String baseUrl, String model, @Nullable String apiKey, Duration timeout,
		int maxRetries, double temperature, int maxTokens) {

	public RemoteModelSettings {
		if (baseUrl.isBlank() || model.isBlank()) {
			throw new IllegalArgumentException(
					"A remote generator needs a base URL and a model name (cairn.generator.remote.base-url, .model)");
		}
		if (maxTokens < 1 || maxRetries < 0 || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("maxTokens and timeout must be positive, maxRetries not negative");
		}
	}

	/** Never shows the key. */
	@Override
	public String toString() {
		return "RemoteModelSettings[baseUrl=" + this.baseUrl + ", model=" + this.model + ", apiKey="
				+ ((this.apiKey != null) ? "(set)" : "(none)") + ", timeout=" + this.timeout + ", maxRetries="
				+ this.maxRetries + ", temperature=" + this.temperature + ", maxTokens=" + this.maxTokens + "]";
	}

}
