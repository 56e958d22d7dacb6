package io.cairn.encoders.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the word timings {@code pocketsphinx_continuous -time yes} prints: per utterance
 * a hypothesis line, then one {@code word start end confidence} line per word (seconds
 * from the start of the file), with markers such as {@code <s>}, {@code <sil>} and
 * {@code [NOISE]} in between.
 */
final class PocketSphinxOutput {

	private static final Pattern WORD_LINE = Pattern
		.compile("^(\\S+)\\s+(\\d+(?:\\.\\d+)?)\\s+(\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)$");

	/** Alternative pronunciations are printed as {@code word(2)}. */
	private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");

	private PocketSphinxOutput() {
	}

	static List<SpokenWord> words(List<String> lines) {
		List<SpokenWord> words = new ArrayList<>();
		for (String line : lines) {
			Matcher matcher = WORD_LINE.matcher(line.strip());
			if (!matcher.matches()) {
				continue;
			}
			String word = VARIANT.matcher(matcher.group(1)).replaceAll("");
			if (isMarker(word)) {
				continue;
			}
			long start = Math.round(Double.parseDouble(matcher.group(2)) * 1000);
			long end = Math.round(Double.parseDouble(matcher.group(3)) * 1000);
			words.add(new SpokenWord(word, start, Math.max(start, end)));
		}
		return words;
	}

	private static boolean isMarker(String word) {
		return word.startsWith("<") || word.startsWith("[") || word.startsWith("++") || word.isEmpty();
	}

}
