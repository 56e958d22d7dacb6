package io.cairn.core.chunking;

/**
 * Counts whitespace-separated words, and every Chinese character as a token of its own.
 */
final class WordTokenCounter implements TokenCounter {

	private final int maxTokens;

	WordTokenCounter(int maxTokens) {
		this.maxTokens = maxTokens;
	}

	@Override
	public int count(String text) {
		int tokens = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (SentenceSplitter.isCjk(codePoint)) {
				tokens++;
				inWord = false;
			}
			else if (Character.isWhitespace(codePoint)) {
				inWord = false;
			}
			else if (!inWord) {
				tokens++;
				inWord = true;
			}
		}
		return tokens;
	}

	@Override
	public int maxTokens() {
		return this.maxTokens;
	}

}
