package io.cairn.core.ingest.parse;

/** Joins wrapped lines back into paragraphs. */
final class TextJoin {

	private TextJoin() {
	}

	/**
	 * Appends {@code line} to {@code paragraph}: re-joins a word hyphenated across the
	 * break, adds no space between Chinese/Japanese characters and one space otherwise.
	 */
	static void append(StringBuilder paragraph, String line) {
		String next = line.strip();
		if (next.isEmpty()) {
			return;
		}
		int length = paragraph.length();
		if (length == 0) {
			paragraph.append(next);
			return;
		}
		char last = paragraph.charAt(length - 1);
		char first = next.charAt(0);
		if (last == '-' && length > 1 && Character.isLowerCase(paragraph.charAt(length - 2))
				&& Character.isLowerCase(first)) {
			paragraph.setLength(length - 1);
		}
		else if (!(isCjk(last) && isCjk(first))) {
			paragraph.append(' ');
		}
		paragraph.append(next);
	}

	/**
	 * Chinese, Japanese or Korean ideographs, kana and full-width punctuation: no spaces
	 * between them.
	 */
	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
	}

}
