package io.cairn.encoders.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseDeadline;
import io.cairn.core.media.TimeSpan;
import io.cairn.encoders.audio.Segments.TimedLine;

/** The speech of a recording as SPEECH elements, one per segment. */
public final class SpeechTrack {

	public static final String SKIPPED_NOTE = "speech recognition skipped: pocketsphinx not installed";

	private final SpeechRecognizer recognizer;

	public SpeechTrack(SpeechRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	/**
	 * @return the speech segments; none (with a note to the sink) when the recognizer is
	 * missing or fails
	 */
	public List<TimedElement> transcribe(Path source, ParseDeadline deadline, PageSink sink) {
		if (!this.recognizer.available()) {
			sink.note(SKIPPED_NOTE);
			return List.of();
		}
		Path wav = null;
		try {
			wav = Files.createTempFile("cairn-audio", ".wav");
			if (!WavExtractor.extract(source, wav, deadline)) {
				return List.of();
			}
			long remainingMs = Math.max(1, deadline.remainingNanos() / 1_000_000);
			Optional<List<SpokenWord>> words;
			try {
				words = this.recognizer.recognize(wav, remainingMs);
			}
			catch (SpeechRecognizer.SpeechRecognitionException ex) {
				deadline.check();
				sink.note("speech recognition failed: " + ex.getMessage());
				return List.of();
			}
			deadline.check();
			List<TimedLine> lines = words.orElse(List.of())
				.stream()
				.map((word) -> new TimedLine(word.text(), new TimeSpan(word.startMs(), word.endMs())))
				.toList();
			return Segments.group(lines, ElementKind.SPEECH, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (wav != null) {
				try {
					Files.deleteIfExists(wav);
				}
				catch (IOException ex) {
					// A leftover temp file is harmless.
				}
			}
		}
	}

}
