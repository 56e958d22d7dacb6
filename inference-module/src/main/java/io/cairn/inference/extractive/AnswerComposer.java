package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Chooses the answer sentences from the scored candidates: the best one when it has
 * enough support, then up to the limit the next best that are nearly as well supported
 * and not near-duplicates of a chosen one (nor other rows of the best row's table); a
 * sentence repeated word for word in another source adds that source's marker. The chosen
 * sentences are put back in reading order (source order, then position).
 */
final class AnswerComposer {

	private final ExtractiveSettings settings;

	AnswerComposer(ExtractiveSettings settings) {
		this.settings = settings;
	}

	/**
	 * The answer, or one with no sentences when the best support is under the minimum.
	 * @param question the question
	 * @param ranked the scored candidates, best first
	 */
	Composed compose(Question question, List<SentenceScorer.Scored> ranked) {
		if (ranked.isEmpty()) {
			return new Composed(List.of(), 0, null);
		}
		SentenceScorer.Scored best = ranked.getFirst();
		if (best.support() < this.settings.minSupport()) {
			return new Composed(List.of(), best.support(), null);
		}
		double companionSupport = Math.max(this.settings.minSupport(), best.support() * this.settings.companionRatio());
		List<Chosen> chosen = new ArrayList<>();
		chosen.add(new Chosen(best));
		for (SentenceScorer.Scored next : ranked.subList(1, ranked.size())) {
			Chosen same = chosen.stream()
				.filter((kept) -> kept.scored.candidate().text().equals(next.candidate().text()))
				.findFirst()
				.orElse(null);
			if (same != null) {
				same.addMarker(next.candidate().source());
			}
			else if (chosen.size() < this.settings.maxSentences() && next.support() >= companionSupport
					&& !redundant(next, chosen) && !otherRowOfTheSameTable(best, next)) {
				chosen.add(new Chosen(next));
			}
		}
		ExactAnswer exact = null;
		for (Chosen sentence : chosen) {
			exact = ExactAnswers.find(question, sentence.scored.candidate());
			if (exact != null) {
				break;
			}
		}
		List<Sentence> sentences = chosen.stream()
			.sorted(Comparator.comparingInt((Chosen c) -> c.scored.candidate().sourceOrder())
				.thenComparingInt((c) -> c.scored.candidate().position()))
			.map(Chosen::sentence)
			.toList();
		return new Composed(sentences, best.support(), exact);
	}

	/** A row answers alone: its neighbours in the same table add only noise. */
	private static boolean otherRowOfTheSameTable(SentenceScorer.Scored best, SentenceScorer.Scored next) {
		return best.candidate().isTableRow() && best.candidate().table() == next.candidate().table();
	}

	private boolean redundant(SentenceScorer.Scored next, List<Chosen> chosen) {
		return chosen.stream()
			.anyMatch((kept) -> Terms.containment(kept.scored.candidate().terms(),
					next.candidate().terms()) >= this.settings.redundancyThreshold());
	}

	/** A chosen sentence and the sources that state it. */
	private static final class Chosen {

		private final SentenceScorer.Scored scored;

		private final List<Integer> markers = new ArrayList<>();

		Chosen(SentenceScorer.Scored scored) {
			this.scored = scored;
			this.markers.add(scored.candidate().source());
		}

		void addMarker(int source) {
			if (!this.markers.contains(source)) {
				this.markers.add(source);
			}
		}

		Sentence sentence() {
			return new Sentence(this.scored.candidate().text(), this.markers.stream().sorted().toList(),
					this.scored.support());
		}

	}

	/**
	 * One answer sentence.
	 *
	 * @param text the sentence, verbatim from its sources
	 * @param sources the citation numbers of the sources that state it
	 * @param support its support
	 */
	record Sentence(String text, List<Integer> sources, double support) {

		/** The sentence followed by its markers, such as "... [2]" or "... [1][3]". */
		String cited() {
			StringBuilder text = new StringBuilder(this.text).append(' ');
			this.sources.forEach((source) -> text.append('[').append(source).append(']'));
			return text.toString();
		}

	}

	/**
	 * A composed answer.
	 *
	 * @param sentences the answer sentences in reading order; empty for a refusal
	 * @param support the best sentence's support (0 without candidates)
	 * @param exact the exact span for a numeric or date question, if found
	 */
	record Composed(List<Sentence> sentences, double support, @Nullable ExactAnswer exact) {

		boolean refused() {
			return this.sentences.isEmpty();
		}

	}

}
