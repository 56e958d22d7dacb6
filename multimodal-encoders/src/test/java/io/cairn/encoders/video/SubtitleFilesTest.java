package io.cairn.encoders.video;

import io.cairn.core.media.TimeSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubtitleFilesTest {

	@Test
	void readsSubRip() {
		String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<b>Hello</b> there\r\nsecond line\r\n\r\n"
				+ "2\r\n01:02:03,4 --> 01:02:04,040\r\n{\\an8}Top\r\n\r\n3\r\nbroken --> timing\r\nskipped\r\n";

		assertThat(SubtitleFiles.parse(srt)).containsExactly(
				new SubtitleCue(new TimeSpan(1000, 2500), "Hello there second line"),
				new SubtitleCue(new TimeSpan(3_723_400, 3_724_040), "Top"));
	}

	@Test
	void readsWebVtt() {
		String vtt = """
				WEBVTT - a talk

				NOTE this is a comment
				with two lines

				intro
				00:05.000 --> 00:07.250 align:start position:10%
				<v Speaker>Welcome</v> <c.red>all</c>

				00:01:10.000 --> 00:01:12.000
				Later
				""";

		assertThat(SubtitleFiles.parse(vtt)).containsExactly(new SubtitleCue(new TimeSpan(5000, 7250), "Welcome all"),
				new SubtitleCue(new TimeSpan(70_000, 72_000), "Later"));
	}

}
