package io.cairn.inference.moe;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cairn.inference.moe.checkpoint.CheckpointTokenizer;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.MessageType;

/**
 * Renders chat messages into prompt tokens. Chat templates are Jinja programs the engine
 * does not run; it uses ChatML when the tokenizer has {@code <|im_start|>} (Qwen, OLMoE,
 * many fine-tunes) and a plain {@code Role: text} layout otherwise. The leading system
 * messages are tokenized on their own, so that a static context always yields the same
 * prefix tokens and hits the prefix cache.
 */
final class PromptFormat {

	private static final String IM_START = "<|im_start|>";

	private static final String IM_END = "<|im_end|>";

	private final CheckpointTokenizer tokenizer;

	private final boolean chatMl;

	PromptFormat(CheckpointTokenizer tokenizer) {
		this.tokenizer = tokenizer;
		this.chatMl = tokenizer.addedToken(IM_START).isPresent();
	}

	/** Extra end tokens the format brings ({@code <|im_end|>} for ChatML). */
	Set<Integer> endTokens() {
		return this.chatMl ? Set.of(this.tokenizer.addedToken(IM_END).orElseThrow()) : Set.of();
	}

	/**
	 * The prompt tokens: the leading system messages, each tokenized on its own (so that
	 * a static first system message is a stable prefix), then the rest; the first part
	 * gets the start-of-sequence token where the tokenizer's post-processor adds one.
	 */
	Rendered render(List<Message> messages) {
		List<Integer> system = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		boolean inSystemPrefix = true;
		for (Message message : messages) {
			inSystemPrefix &= message.getMessageType() == MessageType.SYSTEM;
			String turn = turn(message.getMessageType(), message.getText());
			if (inSystemPrefix) {
				for (int token : this.tokenizer.encode(turn, system.isEmpty())) {
					system.add(token);
				}
			}
			else {
				rest.append(turn);
			}
		}
		rest.append(this.chatMl ? IM_START + "assistant\n" : "Assistant:");
		return new Rendered(system.stream().mapToInt(Integer::intValue).toArray(),
				this.tokenizer.encode(rest.toString(), system.isEmpty()));
	}

	private String turn(MessageType type, String text) {
		String role = switch (type) {
			case SYSTEM -> "system";
			case ASSISTANT -> "assistant";
			case TOOL -> "tool";
			default -> "user";
		};
		if (this.chatMl) {
			return IM_START + role + "\n" + text + IM_END + "\n";
		}
		return Character.toUpperCase(role.charAt(0)) + role.substring(1) + ": " + text + "\n\n";
	}

	/** Prompt tokens in two parts: the static system prefix and the rest. */
	record Rendered(int[] prefix, int[] rest) {

		int[] all() {
			List<Integer> tokens = new ArrayList<>();
			for (int t : this.prefix) {
				tokens.add(t);
			}
			for (int t : this.rest) {
				tokens.add(t);
			}
			return tokens.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
