package io.cairn.core.ingest.folder;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SidecarPairsTest {

	@Test
	void pairsEachVideoWithTheSubtitleFileOfTheSameNameInTheSameFolder() {
		Path root = Path.of("/import");
		List<Path> files = List.of(root.resolve("a/talk.mp4"), root.resolve("a/talk.srt"), root.resolve("a/talk.vtt"),
				root.resolve("b/talk.srt"), root.resolve("intro.MKV"), root.resolve("intro.vtt"),
				root.resolve("notes.md"), root.resolve("notes.srt"), root.resolve("lone.srt"));

		assertThat(SidecarPairs.of(files)).containsOnly(entry(root.resolve("a/talk.mp4"), root.resolve("a/talk.srt")),
				entry(root.resolve("intro.MKV"), root.resolve("intro.vtt")));
	}

}
