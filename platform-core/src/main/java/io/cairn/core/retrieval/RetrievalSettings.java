package io.cairn.core.retrieval;

/**
 * Tuning of hybrid retrieval. The defaults are the ones measured best on BEIR SciFact
 * (see docs/benchmarks.md).
 *
 * @param fusion default fusion method
 * @param rrfK the k of reciprocal rank fusion
 * @param vectorWeight weight of the vector score in weighted fusion (keyword gets 1 - it)
 * @param candidates how many hits each index contributes before fusion
 * @param mmrLambda default relevance/diversity trade-off of MMR; 1 turns diversity off
 * @param maxQueryCharacters longest query accepted
 */
public record RetrievalSettings(FusionMethod fusion, int rrfK, double vectorWeight, int candidates, double mmrLambda,
		int maxQueryCharacters) {

	public RetrievalSettings {
		if (rrfK < 1 || candidates < 1 || maxQueryCharacters < 1) {
			throw new IllegalArgumentException("rrfK, candidates and maxQueryCharacters must be positive");
		}
		if (vectorWeight < 0 || vectorWeight > 1 || mmrLambda < 0 || mmrLambda > 1) {
			throw new IllegalArgumentException("vectorWeight and mmrLambda must be within [0, 1]");
		}
	}

	public static RetrievalSettings defaults() {
		return new RetrievalSettings(FusionMethod.RECIPROCAL_RANK, 10, 0.5, 100, 1.0, 4096);
	}

}
