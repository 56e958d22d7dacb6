package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores candidates against a question with a linear combination of explainable features
 * (see {@link ExtractiveSettings}). Embeddings are computed in one batch, for at most the
 * candidate cap, chosen first by the cheap features.
 */
final class SentenceScorer {

	/** What a question term found only in a table's caption counts for. */
	private static final double CAPTION_TERM_CREDIT = 0.5;

	private final ExtractiveSettings settings;

	SentenceScorer(ExtractiveSettings settings) {
		this.settings = settings;
	}

	/** The candidates with their scores, best first. */
	List<Scored> score(Question question, List<Candidate> candidates, SentenceEncoders encoders) {
		int sources = candidates.stream().mapToInt(Candidate::sourceOrder).max().orElse(0) + 1;
		List<Candidate> kept = candidates.stream()
			.sorted(Comparator.comparingDouble((Candidate candidate) -> -cheapScore(question, candidate, sources)))
			.limit(this.settings.candidateCap())
			.toList();
		if (kept.isEmpty()) {
			return List.of();
		}
		float[] questionVector = encoders.questions().embed(question.text());
		List<float[]> vectors = encoders.passages().embed(kept.stream().map(Candidate::embedText).toList());
		int[] perSource = new int[sources];
		candidates.forEach((candidate) -> perSource[candidate.sourceOrder()]++);
		List<Scored> scored = new ArrayList<>(kept.size());
		for (int i = 0; i < kept.size(); i++) {
			Candidate candidate = kept.get(i);
			double similarity = cosine(questionVector, vectors.get(i));
			scored.add(scored(question, candidate, similarity, perSource[candidate.sourceOrder()], sources));
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed());
		return scored;
	}

	/** Scores one candidate whose embedding similarity is known. */
	Scored scored(Question question, Candidate candidate, double similarity, int sourceCandidates, int sources) {
		ExtractiveSettings.Weights weights = this.settings.weights();
		double overlap = overlap(question, candidate);
		double evidence = weights.similarity() * similarity + weights.overlap() * overlap;
		double evidenceWeight = weights.similarity() + weights.overlap();
		double numbers = 0;
		if (!question.numbers().isEmpty()) {
			numbers = numberMatch(question, candidate);
			evidence += weights.numbers() * numbers;
			evidenceWeight += weights.numbers();
		}
		double support = evidence / evidenceWeight;
		if (periodMismatch(question, candidate)) {
			support *= this.settings.periodMismatchFactor();
		}
		double position = 1 - (double) candidate.position() / Math.max(1, sourceCandidates);
		double rank = 1 - (double) candidate.sourceOrder() / Math.max(1, sources);
		double score = support + weights.position() * position + weights.rank() * rank;
		return new Scored(candidate, similarity, overlap, numbers, support, score);
	}

	/**
	 * The share of the question's terms the candidate has; a term only in a row's caption
	 * counts half.
	 */
	static double overlap(Question question, Candidate candidate) {
		if (question.terms().isEmpty()) {
			return 0;
		}
		double found = 0;
		for (String term : question.terms()) {
			if (candidate.terms().contains(term)) {
				found++;
			}
			else if (candidate.captionTerms().contains(term)) {
				found += CAPTION_TERM_CREDIT;
			}
		}
		return found / question.terms().size();
	}

	static double numberMatch(Question question, Candidate candidate) {
		if (question.numbers().isEmpty()) {
			return 0;
		}
		long matched = question.numbers().stream().filter(candidate.numbers()::contains).count();
		return (double) matched / question.numbers().size();
	}

	/**
	 * Whether the question names years, the candidate names (or its columns name) years
	 * too, and none of them is one of the question's: it is about another period.
	 */
	static boolean periodMismatch(Question question, Candidate candidate) {
		if (question.years().isEmpty()) {
			return false;
		}
		boolean namesYears = candidate.numbers().stream().anyMatch((number) -> number.matches("(?:19|20)\\d{2}"));
		return namesYears && question.years().stream().noneMatch(candidate.numbers()::contains);
	}

	private double cheapScore(Question question, Candidate candidate, int sources) {
		return overlap(question, candidate) + numberMatch(question, candidate)
				- 0.1 * candidate.sourceOrder() / sources;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return (normA == 0 || normB == 0) ? 0 : dot / Math.sqrt(normA * normB);
	}

	/**
	 * A scored candidate.
	 *
	 * @param candidate the sentence or row
	 * @param similarity cosine similarity with the question
	 * @param overlap share of the question's content terms it contains
	 * @param numbers share of the question's numbers it matches (0 when the question has
	 * none)
	 * @param support weighted mean of the evidence features (scaled down on a period
	 * mismatch)
	 * @param score support plus the position and rank priors
	 */
	record Scored(Candidate candidate, double similarity, double overlap, double numbers, double support,
			double score) {
	}

}
