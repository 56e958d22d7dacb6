package io.cairn.encoders.audio;

import java.util.List;

import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.TimeSpan;
import io.cairn.encoders.audio.Segments.TimedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsTest {

	private static TimedLine line(String text, long start, long end) {
		return new TimedLine(text, new TimeSpan(start, end));
	}

	@Test
	void splitsAtPausesMinutesAndLongWindowsAndSharesTheSpan() {
		List<TimedElement> words = Segments.group(List.of(line("a", 0, 500), line("b", 600, 900),
				// a pause of more than 2 s
				line("c", 4_000, 4_500),
				// crosses into minute two
				line("d", 59_000, 59_800), line("e", 60_100, 60_500)), ElementKind.SPEECH, true);

		assertThat(words).extracting(TimedElement::text).containsExactly("a b", "c", "d", "e");
		assertThat(words.getFirst().span()).isEqualTo(new TimeSpan(0, 900));

		List<TimedElement> cues = Segments.group(
				List.of(line("one", 0, 10_000), line("two", 10_500, 20_000), line("three", 20_500, 31_000)),
				ElementKind.SUBTITLE, false);
		assertThat(cues).extracting(TimedElement::span)
			.containsExactly(new TimeSpan(0, 20_000), new TimeSpan(0, 20_000), new TimeSpan(20_500, 31_000));
	}

}
