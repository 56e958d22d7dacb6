package io.cairn.core.retrieval;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankFusionTest {

	@Test
	void reciprocalRankRewardsAgreementBetweenLists() {
		List<Hit> keyword = List.of(new Hit("a", 12f), new Hit("b", 9f), new Hit("c", 1f));
		List<Hit> vector = List.of(new Hit("c", 0.9f), new Hit("b", 0.8f), new Hit("d", 0.7f));

		List<Hit> fused = RankFusion.reciprocalRank(List.of(keyword, vector), 60);

		// c (ranks 3 and 1) edges out b (ranks 2 and 2); both beat chunks found by one
		// index only.
		assertThat(fused).extracting(Hit::chunkId).containsExactly("c", "b", "a", "d");
		assertThat(fused.get(0).score()).isCloseTo((float) (1.0 / 63 + 1.0 / 61), within(1e-6f));
		assertThat(fused.get(1).score()).isCloseTo((float) (2.0 / 62), within(1e-6f));
		assertThat(fused.get(2).score()).isCloseTo((float) (1.0 / 61), within(1e-6f));
	}

	@Test
	void reciprocalRankIgnoresScoreScales() {
		List<Hit> keyword = List.of(new Hit("a", 1000f), new Hit("b", 999f));
		List<Hit> vector = List.of(new Hit("b", 0.01f), new Hit("a", 0.001f));

		List<Hit> fused = RankFusion.reciprocalRank(List.of(keyword, vector), 60);

		assertThat(fused.get(0).score()).isEqualTo(fused.get(1).score());
		assertThat(fused).extracting(Hit::chunkId).as("ties keep the keyword order").containsExactly("a", "b");
	}

	@Test
	void weightedFusionNormalisesEachListBeforeWeighting() {
		List<Hit> keyword = List.of(new Hit("a", 30f), new Hit("b", 20f), new Hit("c", 10f));
		List<Hit> vector = List.of(new Hit("c", 0.9f), new Hit("b", 0.5f), new Hit("a", 0.1f));

		List<Hit> keywordHeavy = RankFusion.weighted(keyword, vector, 0.2);
		List<Hit> vectorHeavy = RankFusion.weighted(keyword, vector, 0.8);

		assertThat(keywordHeavy).extracting(Hit::chunkId).startsWith("a");
		assertThat(vectorHeavy).extracting(Hit::chunkId).startsWith("c");
		Hit b = keywordHeavy.stream().filter((hit) -> hit.chunkId().equals("b")).findFirst().orElseThrow();
		assertThat(b.score()).isCloseTo(0.8f * 0.5f + 0.2f * 0.5f, within(1e-6f));
	}

	@Test
	void weightedFusionGivesMissingChunksNothingFromThatList() {
		List<Hit> fused = RankFusion.weighted(List.of(new Hit("a", 5f), new Hit("b", 1f)), List.of(), 0.5);

		assertThat(fused).extracting(Hit::chunkId).containsExactly("a", "b");
		assertThat(fused.get(0).score()).isCloseTo(0.5f, within(1e-6f));
		assertThat(fused.get(1).score()).isZero();
	}

}
