package io.cairn.core.retrieval;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaximalMarginalRelevanceTest {

	private static final float[] X = { 1, 0, 0 };

	private static final float[] ALMOST_X = { 0.995f, 0.0998f, 0 };

	private static final float[] Y = { 0, 1, 0 };

	@Test
	void relevanceOnlyKeepsTheRelevanceOrder() {
		List<Integer> order = MaximalMarginalRelevance.select(new double[] { 0.9, 0.8, 0.7 },
				new float[][] { X, ALMOST_X, Y }, 1.0, 3);

		assertThat(order).containsExactly(0, 1, 2);
	}

	@Test
	void diversityPromotesTheDifferentCandidateOverANearDuplicate() {
		List<Integer> order = MaximalMarginalRelevance.select(new double[] { 0.9, 0.8, 0.7 },
				new float[][] { X, ALMOST_X, Y }, 0.5, 3);

		assertThat(order).containsExactly(0, 2, 1);
	}

	@Test
	void limitCapsTheSelection() {
		List<Integer> order = MaximalMarginalRelevance.select(new double[] { 0.3, 0.9 }, new float[][] { X, Y }, 0.7,
				1);

		assertThat(order).containsExactly(1);
	}

}
