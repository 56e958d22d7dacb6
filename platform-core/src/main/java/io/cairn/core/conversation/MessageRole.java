package io.cairn.core.conversation;

import java.util.Locale;

/** Who wrote a message. */
public enum MessageRole {

	USER, ASSISTANT;

	/**
	 * The lower-case name used in storage and in the API ({@code user},
	 * {@code assistant}).
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static MessageRole fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
