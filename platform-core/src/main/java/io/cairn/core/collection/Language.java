package io.cairn.core.collection;

import java.util.Locale;

/**
 * Language of a collection: picks the text encoder, the keyword analyzer and the sentence
 * rules.
 */
public enum Language {

	ENGLISH("en"), CHINESE("zh");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Language fromCode(String code) {
		String normalized = code.trim().toLowerCase(Locale.ROOT);
		for (Language language : values()) {
			if (language.code.equals(normalized) || language.name().toLowerCase(Locale.ROOT).equals(normalized)) {
				return language;
			}
		}
		throw new IllegalArgumentException("Unknown language '" + code + "': use 'en' or 'zh'");
	}

}
