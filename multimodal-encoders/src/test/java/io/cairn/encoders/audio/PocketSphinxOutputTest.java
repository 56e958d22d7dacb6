package io.cairn.encoders.audio;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PocketSphinxOutputTest {

	@Test
	void readsWordTimingsAndDropsMarkersAndVariants() {
		List<String> output = List.of("welcome to the meeting", "<s> 0.000 0.180 0.999600",
				"welcome 0.190 0.580 0.907092", "to(3) 0.590 0.710 0.646844", "<sil> 2.410 2.600 0.984421",
				"[NOISE] 2.600 2.700 0.5", "meeting 61.250 61.900 3.5e-01", "</s> 62.000 62.100 1.000000");

		assertThat(PocketSphinxOutput.words(output)).containsExactly(new SpokenWord("welcome", 190, 580),
				new SpokenWord("to", 590, 710), new SpokenWord("meeting", 61_250, 61_900));
	}

}
