package io.cairn.core.answer;

import java.util.List;

/**
 * One sentence of an answer after the citation check.
 *
 * @param text the sentence without citation markers
 * @param citations the sources that support it, each with its exact supporting span
 * @param support how much of the sentence the best source contains, 0 to 1
 * @param supported whether {@code support} reached the threshold
 */
public record CheckedSentence(String text, List<Citation> citations, double support, boolean supported) {

	/** The sentence with its citation markers, as the answer text shows it. */
	public String withMarkers() {
		StringBuilder text = new StringBuilder(this.text);
		for (Citation citation : this.citations) {
			text.append(" [").append(citation.number()).append(']');
		}
		return text.toString();
	}

}
