package io.cairn.inference.extractive;

/**
 * How the extractive answerer picks its sentences.
 *
 * <p>
 * The <em>support</em> of a sentence is the weighted mean of its evidence features, each
 * in [0, 1]: the cosine similarity of question and sentence embeddings, the share of the
 * question's content terms the sentence contains, and (only when the question states
 * numbers or years) the share of those it matches. A sentence's ranking score adds the
 * small position and source-rank priors to its support.
 *
 * @param maxSentences most sentences in an answer (1 to 3 is readable)
 * @param minSupport the support the best sentence needs, below it the answer is the
 * refusal. Measured with bge-small-en (see the answerer's integration test): an off-topic
 * question over unrelated sources peaks at about 0.25-0.35; an on-topic question the
 * sources do not answer at about 0.45-0.52; a question a sentence or row answers at about
 * 0.52-0.88 (typically 0.7 and more). The default {@value #DEFAULT_MIN_SUPPORT} is
 * conservative in the sense that it refuses only clearly unsupported questions and does
 * not refuse answerable ones; calibrate it on a labelled set (TAT-QA) for a tighter
 * refusal
 * @param companionRatio a sentence after the best needs at least this share of the best
 * support, so that the answer does not trail off into weaker sentences
 * @param candidateCap most candidates embedded per question (cheaply pre-ranked by terms
 * and numbers); bounds the latency
 * @param redundancyThreshold a sentence whose content terms are this much contained in
 * (or contain) a chosen sentence's is a near-duplicate and left out
 * @param periodMismatchFactor support is multiplied by this when the question names years
 * and the candidate names only other years ("total sales in 2016" against a table of
 * 2017-2019): it speaks of another period
 * @param weights feature weights
 */
public record ExtractiveSettings(int maxSentences, double minSupport, double companionRatio, int candidateCap,
		double redundancyThreshold, double periodMismatchFactor, Weights weights) {

	/** Default of {@link #candidateCap()}. */
	public static final int DEFAULT_CANDIDATE_CAP = 8;

	/** Default of {@link #minSupport()}. */
	public static final double DEFAULT_MIN_SUPPORT = 0.64;

	public ExtractiveSettings {
		if (maxSentences < 1) {
			throw new IllegalArgumentException("maxSentences must be >= 1, was " + maxSentences);
		}
		if (candidateCap < 1) {
			throw new IllegalArgumentException("candidateCap must be >= 1, was " + candidateCap);
		}
		if (redundancyThreshold <= 0 || redundancyThreshold > 1) {
			throw new IllegalArgumentException("redundancyThreshold must be in (0, 1], was " + redundancyThreshold);
		}
	}

	/**
	 * Three sentences, companions within 85% of the best support, 8 candidates (measured:
	 * the answer latency is mostly their encoding), redundancy at 70% shared terms,
	 * period mismatch halving the support, the default minimum support and weights.
	 */
	public static ExtractiveSettings defaults() {
		return new ExtractiveSettings(3, DEFAULT_MIN_SUPPORT, 0.85, DEFAULT_CANDIDATE_CAP, 0.7, 0.5,
				Weights.defaults());
	}

	/** A copy with another minimum support. */
	public ExtractiveSettings withMinSupport(double support) {
		return new ExtractiveSettings(this.maxSentences, support, this.companionRatio, this.candidateCap,
				this.redundancyThreshold, this.periodMismatchFactor, this.weights);
	}

	/** A copy with another candidate cap. */
	public ExtractiveSettings withCandidateCap(int cap) {
		return new ExtractiveSettings(this.maxSentences, this.minSupport, this.companionRatio, cap,
				this.redundancyThreshold, this.periodMismatchFactor, this.weights);
	}

	/** A copy with another sentence limit. */
	public ExtractiveSettings withMaxSentences(int sentences) {
		return new ExtractiveSettings(sentences, this.minSupport, this.companionRatio, this.candidateCap,
				this.redundancyThreshold, this.periodMismatchFactor, this.weights);
	}

	/**
	 * Weights of the linear score. Evidence weights ({@code similarity}, {@code overlap},
	 * {@code numbers}) make the support; prior weights ({@code position}, {@code rank})
	 * only break near ties.
	 *
	 * @param similarity cosine similarity of question and sentence
	 * @param overlap share of question content terms in the sentence
	 * @param numbers share of the question's numbers and years the sentence matches
	 * @param position earlier in its source (1 for the first candidate, towards 0 for the
	 * last)
	 * @param rank earlier source in the prompt (1 for the first source)
	 */
	public record Weights(double similarity, double overlap, double numbers, double position, double rank) {

		/** Similarity 0.55, overlap 0.30, numbers 0.15; position 0.02, rank 0.04. */
		public static Weights defaults() {
			return new Weights(0.55, 0.30, 0.15, 0.02, 0.04);
		}

	}

}
