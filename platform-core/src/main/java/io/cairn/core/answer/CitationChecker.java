package io.cairn.core.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cairn.core.chunking.SentenceSplitter;

/**
 * Matches every sentence of a generated answer to the source that supports it. A source
 * supports a sentence when one of its sentences (or table rows) contains at least
 * {@code minSupport} of the sentence's content terms and the source contains every number
 * the sentence states. The cited sources are tried first; a sentence that only an uncited
 * source supports is cited to that source instead.
 */
public final class CitationChecker {

	private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,3})]");

	private static final Pattern AFTER_MARKERS = Pattern.compile("(?<=\\[\\d{1,3}])[.;,]?\\s+(?!\\[)");

	private static final Pattern LEADING_MARKERS = Pattern.compile("^(?:\\s*\\[\\d{1,3}])+[\\s.;,]*");

	/** A whole chunk counts a little less than one of its sentences. */
	private static final double WHOLE_SOURCE_DISCOUNT = 0.85;

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final double minSupport;

	public CitationChecker(double minSupport) {
		if (minSupport <= 0 || minSupport > 1) {
			throw new IllegalArgumentException("minSupport must be in (0, 1], was " + minSupport);
		}
		this.minSupport = minSupport;
	}

	/** Checks every sentence of {@code answer} against {@code sources}. */
	public List<CheckedSentence> check(String answer, List<ContextSource> sources) {
		List<CheckedSentence> checked = new ArrayList<>();
		for (String sentence : sentences(answer)) {
			checked.add(checkSentence(sentence, sources));
		}
		return checked;
	}

	/**
	 * The sentences of an answer, each with the markers that follow it (markers written
	 * after the full stop stay with their sentence).
	 */
	List<String> sentences(String answer) {
		List<String> sentences = new ArrayList<>();
		// A marker followed by more text ends a sentence, also one without a full stop (a
		// table row).
		List<String> pieces = new ArrayList<>();
		for (String part : AFTER_MARKERS.split(answer)) {
			pieces.addAll(this.splitter.split(part));
		}
		for (String piece : pieces) {
			// The splitter starts a sentence at "[3]" when the marker follows the full
			// stop.
			Matcher leading = LEADING_MARKERS.matcher(piece);
			if (leading.find() && !sentences.isEmpty()) {
				sentences.set(sentences.size() - 1, sentences.getLast() + " " + leading.group().strip());
				piece = piece.substring(leading.end()).strip();
			}
			if (!piece.isEmpty()) {
				sentences.add(piece);
			}
		}
		return sentences;
	}

	CheckedSentence checkSentence(String sentence, List<ContextSource> sources) {
		Set<Integer> cited = new LinkedHashSet<>();
		Matcher markers = MARKER.matcher(sentence);
		while (markers.find()) {
			cited.add(Integer.parseInt(markers.group(1)));
		}
		String claim = MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.;,!?])", "$1").strip();
		Set<String> terms = Terms.of(claim);
		Set<String> numbers = Terms.numbers(claim);
		List<Support> supports = new ArrayList<>();
		for (ContextSource source : sources) {
			supports.add(support(terms, numbers, source));
		}
		List<Citation> citations = new ArrayList<>();
		double best = 0;
		for (Support support : supports) {
			if (cited.contains(support.source().number()) && support.score() >= this.minSupport) {
				citations.add(support.citation());
			}
			best = Math.max(best, support.score());
		}
		if (citations.isEmpty()) {
			supports.stream()
				.filter((support) -> support.score() >= this.minSupport)
				.max((a, b) -> Double.compare(a.score(), b.score()))
				.ifPresent((support) -> citations.add(support.citation()));
		}
		return new CheckedSentence(claim, citations, best, !citations.isEmpty());
	}

	private Support support(Set<String> terms, Set<String> numbers, ContextSource source) {
		String text = source.chunk().text();
		if (terms.isEmpty() || !Terms.numbers(text).containsAll(numbers)) {
			return new Support(source, 0, 0, 0);
		}
		double best = 0;
		int bestStart = 0;
		int bestEnd = text.length();
		int cursor = 0;
		for (String unit : this.splitter.split(text)) {
			int start = text.indexOf(unit, cursor);
			if (start < 0) {
				start = text.indexOf(unit);
			}
			if (start < 0) {
				continue;
			}
			cursor = start + unit.length();
			double score = containment(terms, Terms.of(unit));
			if (score > best) {
				best = score;
				bestStart = start;
				bestEnd = start + unit.length();
			}
		}
		double whole = WHOLE_SOURCE_DISCOUNT * containment(terms, Terms.of(text));
		if (whole > best) {
			return new Support(source, whole, 0, text.length());
		}
		return new Support(source, best, bestStart, bestEnd);
	}

	private static double containment(Set<String> claim, Set<String> unit) {
		int found = 0;
		for (String term : claim) {
			if (unit.contains(term)) {
				found++;
			}
		}
		return (double) found / claim.size();
	}

	private record Support(ContextSource source, double score, int start, int end) {

		Citation citation() {
			return Citation.of(this.source, this.start, this.end);
		}

	}

}
