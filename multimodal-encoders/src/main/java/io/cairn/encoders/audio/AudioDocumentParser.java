package io.cairn.encoders.audio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseDeadline;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;

/**
 * WAV, MP3, M4A/AAC and Ogg recordings: speech recognized into SPEECH elements, one page
 * per minute. A recording without recognized speech ends like a document without text
 * (NO_TEXT, after its empty pages were delivered).
 */
public final class AudioDocumentParser implements DocumentParser {

	private final Duration maxDuration;

	private final Duration parseTimeout;

	private final SpeechTrack speech;

	/**
	 * @param maxDuration longest recording accepted
	 * @param parseTimeout longest a parse may take, when longer than the ingest's parse
	 * timeout (recognition runs at about half real time)
	 */
	public AudioDocumentParser(Duration maxDuration, Duration parseTimeout, SpeechOptions speech) {
		this.maxDuration = maxDuration;
		this.parseTimeout = parseTimeout;
		this.speech = new SpeechTrack(new SpeechRecognizer(speech));
	}

	@Override
	public boolean supports(String mediaType) {
		return SupportedMediaTypes.AUDIO.contains(mediaType);
	}

	/** The headers: recognizing the first minute would take as long as the whole file. */
	@Override
	public void preflight(Path source, String mediaType, ParseLimits limits) {
		if (!RecordingProbe.of(source, this.maxDuration).hasAudio()) {
			throw DocumentRejectedException.corrupt("it has no audio stream", null);
		}
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		ParseDeadline deadline = ParseDeadline.start(this.parseTimeout.compareTo(limits.maxParseTime()) > 0
				? limits.withMaxParseTime(this.parseTimeout) : limits);
		RecordingProbe probe = RecordingProbe.of(source, this.maxDuration);
		if (!probe.hasAudio()) {
			throw DocumentRejectedException.corrupt("it has no audio stream", null);
		}
		List<TimedElement> elements = this.speech.transcribe(source, deadline, sink);
		long durationMs = Math.max(probe.durationMs(),
				elements.stream().mapToLong((element) -> element.span().endMs()).max().orElse(0));
		probe.checkDuration(durationMs, this.maxDuration);
		RecordingPages.deliver(durationMs, elements, List.of(), limits, firstPage, sink);
		if (elements.isEmpty()) {
			throw noSpeech(sink);
		}
	}

	/** The NO_TEXT outcome for a recording in which nothing was said (or understood). */
	public static DocumentRejectedException noSpeech(PageSink sink) {
		sink.note("no speech recognized");
		return new DocumentRejectedException(RejectionReason.NO_TEXT,
				"No speech was recognized in the recording, so there is nothing to search. "
						+ "Check that it contains English speech, or upload a transcript instead.");
	}

}
