package io.cairn.api.bench;

import java.util.Map;

import io.cairn.inference.extractive.ExtractiveMetadata;
import reactor.core.publisher.Flux;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The generator's chat model, keeping the metadata of its last answer so that the
 * benchmark can read the extractive support that {@code Answer} does not carry. One
 * question at a time.
 */
final class RecordingChatModel implements ChatModel {

	private final ChatModel delegate;

	private Map<String, Object> last = Map.of();

	private String generated = "";

	RecordingChatModel(ChatModel delegate) {
		this.delegate = delegate;
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		ChatResponse response = this.delegate.call(prompt);
		this.last = Map.copyOf(response.getResult().getOutput().getMetadata());
		String text = response.getResult().getOutput().getText();
		this.generated = (text != null) ? text : "";
		return response;
	}

	@Override
	public Flux<ChatResponse> stream(Prompt prompt) {
		return this.delegate.stream(prompt);
	}

	/** Forgets the last answer (call before each question). */
	void reset() {
		this.last = Map.of();
		this.generated = "";
	}

	/** The text of the last answer before the citation check. */
	String generated() {
		return this.generated;
	}

	/**
	 * {@code cairn.support} of the last answer, or 0 when the generator was not called.
	 */
	double support() {
		return (this.last.get(ExtractiveMetadata.SUPPORT) instanceof Number number) ? number.doubleValue() : 0;
	}

}
