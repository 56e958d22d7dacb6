package io.cairn.encoders.ocr;

/**
 * Joins recognised pieces of text: with a space, except between two CJK characters
 * (Chinese and Japanese are written without spaces).
 */
public final class LineJoiner {

	private LineJoiner() {
	}

	/** Appends {@code next} to {@code text}, with a space where the scripts need one. */
	public static void append(StringBuilder text, String next) {
		if (next.isEmpty()) {
			return;
		}
		if (!text.isEmpty() && !(isCjk(text.codePointBefore(text.length())) && isCjk(next.codePointAt(0)))) {
			text.append(' ');
		}
		text.append(next);
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
