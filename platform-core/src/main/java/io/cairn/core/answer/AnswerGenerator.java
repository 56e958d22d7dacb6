package io.cairn.core.answer;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;

/**
 * A generator as the answer pipeline uses it.
 *
 * @param name shown in answers and logs (e.g. "extractive", "remote:gpt-4o-mini")
 * @param model the Spring AI chat model
 * @param options options sent with every prompt
 * @param contextTokens tokens of sources the model may receive
 * @param unsupported what the citation check does with unsupported sentences
 */
public record AnswerGenerator(String name, ChatModel model, ChatOptions options, int contextTokens,
		UnsupportedSentences unsupported) implements AutoCloseable {

	/**
	 * Releases the model when it holds resources (a local engine's sessions and threads).
	 */
	@Override
	public void close() throws Exception {
		if (this.model instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
