package io.cairn.encoders.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Audio through FFmpeg (resampled to 16 kHz WAV) and the real PocketSphinx recognizer;
 * speech synthesized by flite.
 */
class AudioDocumentParserIT {

	@TempDir
	Path dir;

	private static AudioDocumentParser parser() {
		assumeTrue(Files.isExecutable(SpeechOptions.defaults().command()), "pocketsphinx is not installed");
		return new AudioDocumentParser(Duration.ofMinutes(10), Duration.ofMinutes(1), SpeechOptions.defaults());
	}

	@Test
	void spokenWordsBecomeTimedSpeechSegments() throws Exception {
		assumeTrue(Files.isExecutable(TestSounds.FLITE), "flite is not installed");
		short[] speech = TestSounds.speech(this.dir,
				"the quick brown fox jumps over the lazy dog. welcome to the meeting about the budget.");
		short[] padded = new short[speech.length + 32_000];
		// Two seconds of silence first: the words' times must say so.
		System.arraycopy(speech, 0, padded, 32_000, speech.length);
		Path wav = TestSounds.wav(this.dir.resolve("talk.wav"), padded);
		assertThat(new MediaTypeDetector().detect(wav, "talk.wav")).isEqualTo(SupportedMediaTypes.WAV);

		CollectingSink sink = new CollectingSink();
		parser().parse(wav, SupportedMediaTypes.WAV, ParseLimits.defaults(), 1, sink);

		assertThat(sink.pageCount).isEqualTo(1);
		List<Element> spoken = sink.ofKind(ElementKind.SPEECH);
		assertThat(spoken).isNotEmpty();
		String text = String.join(" ", spoken.stream().map(Element::text).toList());
		assertThat(text).contains("brown fox").contains("lazy dog");
		assertThat(spoken.getFirst().time().startMs()).isBetween(1500L, 3000L);
		assertThat(spoken.getLast().time().endMs()).isLessThanOrEqualTo(padded.length / 16 + 100L);
		assertThat(sink.notes).isEmpty();
	}

	@Test
	void silenceEndsAsNoTextWithANote() throws Exception {
		Path wav = TestSounds.wav(this.dir.resolve("silence.wav"), new short[16_000 * 5]);
		CollectingSink sink = new CollectingSink();
		assertThatThrownBy(() -> parser().parse(wav, SupportedMediaTypes.WAV, ParseLimits.defaults(), 1, sink))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.NO_TEXT));
		// Its (empty) page was delivered first, as for any document without text.
		assertThat(sink.pages).containsExactly(1);
		assertThat(sink.notes).containsExactly("no speech recognized");
	}

	@Test
	void missingRecognizerIsANoteNotAFailure() throws Exception {
		Path wav = TestSounds.wav(this.dir.resolve("tone.wav"), new short[16_000]);
		AudioDocumentParser parser = new AudioDocumentParser(Duration.ofMinutes(10), Duration.ofMinutes(1),
				new SpeechOptions(this.dir.resolve("no-such-pocketsphinx"), null, Duration.ofSeconds(5)));
		CollectingSink sink = new CollectingSink();
		assertThatThrownBy(() -> parser.parse(wav, SupportedMediaTypes.WAV, ParseLimits.defaults(), 1, sink))
			.isInstanceOf(DocumentRejectedException.class);
		assertThat(sink.notes).contains(SpeechTrack.SKIPPED_NOTE);
	}

	@Test
	void overlongAudioIsRejectedBeforeRecognition() throws Exception {
		Path wav = TestSounds.wav(this.dir.resolve("long.wav"), new short[16_000 * 3]);
		AudioDocumentParser parser = new AudioDocumentParser(Duration.ofSeconds(2), Duration.ofMinutes(1),
				SpeechOptions.defaults());
		assertThatThrownBy(
				() -> parser.parse(wav, SupportedMediaTypes.WAV, ParseLimits.defaults(), 1, new CollectingSink()))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LONG));
	}

}
