package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the exact answer of a numeric or date question in a chosen sentence or row: the
 * cell of a row ({@link TableCellPicker}), or in a sentence the quantity or date closest
 * to the question's words, leaving out numbers the question itself states.
 */
final class ExactAnswers {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private ExactAnswers() {
	}

	/** The exact answer in {@code candidate}, or {@code null} when it has none. */
	static @Nullable ExactAnswer find(Question question, Candidate candidate) {
		if (candidate.row() != null && candidate.table() != null) {
			return TableCellPicker.pick(question, candidate.table(), candidate.row());
		}
		if (question.kind() == Quantities.QuestionKind.OTHER) {
			return null;
		}
		String sentence = candidate.text();
		List<Quantities.Span> spans = new ArrayList<>();
		for (Quantities.Span span : Quantities.spans(sentence)) {
			if (!question.numbers().contains(span.normalValue()) && fits(question.kind(), span)) {
				spans.add(span);
			}
		}
		if (spans.isEmpty()) {
			return null;
		}
		List<Integer> anchors = anchors(question, sentence);
		Quantities.Span best = spans.getFirst();
		int bestDistance = Integer.MAX_VALUE;
		for (Quantities.Span span : spans) {
			int distance = anchors.stream()
				.mapToInt((at) -> Math.min(Math.abs(at - span.start()), Math.abs(at - span.end())))
				.min()
				.orElse(span.start());
			if (distance < bestDistance) {
				best = span;
				bestDistance = distance;
			}
		}
		return new ExactAnswer(best.text(), best.scale(), period(question, sentence, best));
	}

	private static boolean fits(Quantities.QuestionKind kind, Quantities.Span span) {
		boolean date = span.kind() == Quantities.Kind.DATE || span.kind() == Quantities.Kind.YEAR;
		return (kind == Quantities.QuestionKind.DATE) == date;
	}

	/**
	 * Where the question's content words (or their CJK bigrams) occur in the sentence.
	 */
	private static List<Integer> anchors(Question question, String sentence) {
		List<Integer> anchors = new ArrayList<>();
		String lower = sentence.toLowerCase(Locale.ROOT);
		Matcher word = WORD.matcher(lower);
		while (word.find()) {
			String text = word.group();
			if (text.chars().anyMatch((c) -> Terms.isCjk((char) c))) {
				for (String term : question.terms()) {
					int at = text.indexOf(term);
					if (at >= 0) {
						anchors.add(word.start() + at);
					}
				}
			}
			else if (question.terms().contains(Terms.stem(text))) {
				anchors.add(word.start());
			}
		}
		return anchors;
	}

	/**
	 * The question's year when the sentence states it, else the only other year of the
	 * sentence.
	 */
	private static @Nullable String period(Question question, String sentence, Quantities.Span answer) {
		List<String> years = Quantities
			.years(sentence.substring(0, answer.start()) + " " + sentence.substring(answer.end()));
		for (String year : question.years()) {
			if (years.contains(year)) {
				return year;
			}
		}
		return (years.size() == 1) ? years.getFirst() : null;
	}

}
