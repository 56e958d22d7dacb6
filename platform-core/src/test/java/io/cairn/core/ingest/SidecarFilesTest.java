package io.cairn.core.ingest;

import java.nio.charset.StandardCharsets;

import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.RejectionReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SidecarFilesTest {

	@Test
	void decodesUtf8SubtitleFiles() {
		String text = "WEBVTT\n\n00:01.000 --> 00:02.000\nGrüße aus 北京\n";
		assertThat(SidecarFiles.decode("Talk.VTT", text.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(new Sidecar("Talk.VTT", text));
		assertThat(SidecarFiles.isSubtitleName("a.srt")).isTrue();
		assertThat(SidecarFiles.isSubtitleName("a.srt.txt")).isFalse();
	}

	@Test
	void refusesWhatCannotBeASubtitleFile() {
		assertRejected("notes.txt", "00:00:01,000 --> 00:00:02,000\nHi".getBytes(StandardCharsets.UTF_8),
				"not named .srt or .vtt");
		assertRejected("talk.srt", new byte[0], "is empty");
		assertRejected("talk.srt", new byte[] { 'a', (byte) 0xc3, 'b' }, "not UTF-8");
		assertRejected("talk.srt", new byte[] { 'a', 0, 'b' }, "binary");
		assertRejected("talk.srt", new byte[SidecarFiles.MAX_BYTES + 1], "larger than");
	}

	private static void assertRejected(String name, byte[] bytes, String message) {
		assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(() -> SidecarFiles.decode(name, bytes))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.INVALID_SIDECAR))
			.withMessageContaining(message);
	}

}
