package io.cairn.core.answer.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cairn.core.ingest.StoredChunk;
import tools.jackson.databind.JsonNode;

/**
 * The exact span of a cited chunk that supports a model's value: the sentence or table
 * row where the value is written (a string as is, a number in any of the scales, an ISO
 * date in any written form); otherwise the sentence or row sharing the most words with
 * the field and the value; the whole chunk if none shares any.
 */
final class QuoteFinder {

	private static final List<BigDecimal> SCALES = List.of(BigDecimal.ONE, new BigDecimal("1e3"), new BigDecimal("1e6"),
			new BigDecimal("1e9"));

	private QuoteFinder() {
	}

	/** Start and end of the quote in the chunk text. */
	static int[] find(StoredChunk chunk, String fieldName, JsonNode value) {
		String text = chunk.text();
		int[] occurrence = occurrence(text, value);
		List<Passage> passages = Passages.of(chunk, 1);
		if (occurrence != null) {
			for (Passage passage : passages) {
				if (passage.start() <= occurrence[0] && occurrence[1] <= passage.end()) {
					return new int[] { passage.start(), passage.end() };
				}
			}
			return occurrence;
		}
		Set<String> wanted = Words.all(fieldName + " " + (value.isString() ? value.asString() : value.toString()));
		Passage best = null;
		long bestOverlap = 0;
		for (Passage passage : passages) {
			long overlap = passage.words().stream().filter(wanted::contains).count();
			if (overlap > bestOverlap) {
				best = passage;
				bestOverlap = overlap;
			}
		}
		return (best != null) ? new int[] { best.start(), best.end() } : new int[] { 0, text.length() };
	}

	private static int[] occurrence(String text, JsonNode value) {
		if (value.isNumber()) {
			BigDecimal wanted = value.decimalValue();
			for (Numbers.Found found : Numbers.find(text)) {
				for (BigDecimal scale : SCALES) {
					if (found.value().multiply(scale).compareTo(wanted) == 0
							|| found.value().compareTo(wanted.multiply(scale)) == 0) {
						return new int[] { found.start(), found.end() };
					}
				}
			}
			return null;
		}
		if (!value.isString() || value.asString().isBlank()) {
			return null;
		}
		String written = value.asString();
		int at = text.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(Locale.ROOT));
		if (at >= 0 && text.length() == text.toLowerCase(Locale.ROOT).length()) {
			return new int[] { at, at + written.length() };
		}
		try {
			LocalDate date = LocalDate.parse(written);
			for (Dates.Found found : Dates.find(text)) {
				if (found.date().equals(date)) {
					return new int[] { found.start(), found.end() };
				}
			}
		}
		catch (DateTimeParseException ex) {
			// not an ISO date: no other written form to look for
		}
		return null;
	}

}
