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
		double overlap = Terms.recall(question.terms(), candidate.terms());
		double evidence = weights.similarity() * similarity + weights.overlap() * overlap;
		double evidenceWeight = weights.similarity() + weights.overlap();
		double numbers = 0;
		if (!question.numbers().isEmpty()) {
			numbers = numberMatch(question, candidate);
			evidence += weights.numbers() * numbers;
			evidenceWeight += weights.numbers();
		}
		double support = evidence / evidenceWeight;
		double position = 1 - (double) candidate.position() / Math.max(1, sourceCandidates);
		double rank = 1 - (double) candidate.sourceOrder() / Math.max(1, sources);
		double score = support + weights.position() * position + weights.rank() * rank;
		return new Scored(candidate, similarity, overlap, numbers, support, score);
	}

	static double numberMatch(Question question, Candidate candidate) {
		if (question.numbers().isEmpty()) {
			return 0;
		}
		long matched = question.numbers().stream().filter(candidate.numbers()::contains).count();
		return (double) matched / question.numbers().size();
	}

	private double cheapScore(Question question, Candidate candidate, int sources) {
		return Terms.recall(question.terms(), candidate.terms()) + numberMatch(question, candidate)
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
	 * @param support weighted mean of the evidence features
	 * @param score support plus the position and rank priors
	 */
	record Scored(Candidate candidate, double similarity, double overlap, double numbers, double support,
			double score) {
	}

}
