package io.cairn.inference.moe.decode;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SamplerTest {

	@Test
	void greedyTakesTheLargestAllowedLogit() {
		Sampler sampler = new Sampler(SamplingParams.greedy(1));
		BitSet allowed = new BitSet();
		allowed.set(0);
		allowed.set(2);
		assertThat(sampler.next(new float[] { 1, 5, 3 }, List.of(), null)).isEqualTo(1);
		assertThat(sampler.next(new float[] { 1, 5, 3 }, List.of(), allowed)).isEqualTo(2);
	}

	@Test
	void repetitionPenaltyDemotesSeenTokens() {
		Sampler sampler = new Sampler(SamplingParams.greedy(1).withRepetitionPenalty(2.0));
		assertThat(sampler.next(new float[] { 3, 2 }, List.of(0), null)).isEqualTo(1);
	}

	@Test
	void topKAndTopPLimitTheCandidates() {
		float[] logits = { 0, 10, 9.5f, -5 };
		for (long seed = 0; seed < 50; seed++) {
			Sampler topK = new Sampler(SamplingParams.greedy(1).withSampling(5.0, 2, 1.0, seed));
			assertThat(topK.next(logits.clone(), List.of(), null)).isIn(1, 2);
			Sampler topP = new Sampler(SamplingParams.greedy(1).withSampling(1.0, 0, 0.5, seed));
			assertThat(topP.next(logits.clone(), List.of(), null)).isEqualTo(1);
		}
	}

}
