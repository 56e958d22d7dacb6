package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text that is too long for one chunk into pieces of at most a given number of
 * tokens: at spaces between words, between Chinese characters, and inside a word only
 * when a single word is over the limit.
 */
final class TokenBoundedSplitter {

	private final TokenCounter counter;

	TokenBoundedSplitter(TokenCounter counter) {
		this.counter = counter;
	}

	/**
	 * Pieces of {@code text}, in order, each stripped and of at most {@code maxTokens}
	 * tokens.
	 */
	List<String> split(String text, int maxTokens) {
		if (maxTokens < 1) {
			throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String segment : segments(text)) {
			String candidate = current + segment;
			if (this.counter.count(candidate.strip()) <= maxTokens) {
				current.append(segment);
				continue;
			}
			addPiece(current.toString(), pieces);
			current.setLength(0);
			if (this.counter.count(segment.strip()) <= maxTokens) {
				current.append(segment);
			}
			else {
				List<String> parts = splitWord(segment.strip(), maxTokens);
				pieces.addAll(parts.subList(0, parts.size() - 1));
				current.append(parts.getLast());
			}
		}
		addPiece(current.toString(), pieces);
		return pieces;
	}

	/** Cuts one over-long word at the longest prefixes that fit. */
	private List<String> splitWord(String word, int maxTokens) {
		List<String> parts = new ArrayList<>();
		String rest = word;
		while (!rest.isEmpty()) {
			int low = 1;
			int high = rest.codePointCount(0, rest.length());
			while (low < high) {
				int middle = (low + high + 1) >>> 1;
				if (this.counter.count(prefix(rest, middle)) <= maxTokens) {
					low = middle;
				}
				else {
					high = middle - 1;
				}
			}
			String part = prefix(rest, low);
			parts.add(part);
			rest = rest.substring(part.length());
		}
		return parts;
	}

	private static String prefix(String text, int codePoints) {
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

	/**
	 * Words with their trailing spaces; every Chinese or Japanese character is a segment
	 * of its own.
	 */
	private static List<String> segments(String text) {
		List<String> segments = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			if (SentenceSplitter.isCjk(codePoint)) {
				if (start < i) {
					segments.add(text.substring(start, i));
				}
				int end = next;
				while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				segments.add(text.substring(i, end));
				start = end;
				i = end;
				continue;
			}
			if (Character.isWhitespace(codePoint)) {
				int end = next;
				while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				segments.add(text.substring(start, end));
				start = end;
				i = end;
				continue;
			}
			i = next;
		}
		if (start < text.length()) {
			segments.add(text.substring(start));
		}
		return segments;
	}

	private static void addPiece(String piece, List<String> pieces) {
		if (!piece.isBlank()) {
			pieces.add(piece.strip());
		}
	}

}
