package io.cairn.core.retrieval;

import java.util.regex.Pattern;

/** Fallback snippets when the keyword index has no highlight for a chunk. */
final class Snippets {

	private static final int LENGTH = 240;

	private static final Pattern MARKUP = Pattern.compile("[<>&]");

	private Snippets() {
	}

	/**
	 * The start of the text, cut at a word boundary, escaped like highlighted snippets
	 * are.
	 */
	static String leading(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() > LENGTH) {
			int cut = flat.lastIndexOf(' ', LENGTH);
			flat = flat.substring(0, (cut > LENGTH / 2) ? cut : LENGTH) + " …";
		}
		return MARKUP.matcher(flat).replaceAll((match) -> switch (match.group()) {
			case "<" -> "&lt;";
			case ">" -> "&gt;";
			default -> "&amp;";
		});
	}

}
