package io.cairn.encoders.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.SubtitledParser;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseDeadline;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import io.cairn.core.media.TimeSpan;
import io.cairn.encoders.audio.RecordingPages;
import io.cairn.encoders.audio.RecordingProbe;
import io.cairn.encoders.audio.Segments;
import io.cairn.encoders.audio.Segments.TimedLine;
import io.cairn.encoders.audio.SpeechOptions;
import io.cairn.encoders.audio.SpeechRecognizer;
import io.cairn.encoders.audio.SpeechTrack;
import io.cairn.encoders.audio.TimedElement;
import io.cairn.encoders.video.KeyframeExtractor.Keyframe;
import org.jspecify.annotations.Nullable;

/**
 * MP4, WebM, Matroska, QuickTime and AVI videos: keyframes at scene changes become FRAME
 * assets whose text (OCR) becomes IMAGE_TEXT elements spanning the scene; subtitles
 * become SUBTITLE and the sound track SPEECH elements, in segments of up to 30 s. One
 * page per minute of video. A video without any text is rejected ({@code NO_TEXT}),
 * unless wordless videos are kept: then its keyframes are stored for image search.
 */
public final class VideoDocumentParser implements SubtitledParser {

	static final String NO_OCR_NOTE = "text in video frames not read: no OCR engine configured";

	private final VideoOptions options;

	private final KeyframeExtractor keyframes;

	private final SpeechTrack speech;

	private final boolean ocr;

	private final boolean keepWordless;

	/** A video parser that rejects videos without text. */
	public VideoDocumentParser(VideoOptions options, SpeechOptions speech, @Nullable TextRecognizer recognizer) {
		this(options, speech, recognizer, false);
	}

	/**
	 * @param keepWordless whether a video without text but with keyframes is kept (for
	 * image search, when an image model is configured) rather than rejected
	 */
	public VideoDocumentParser(VideoOptions options, SpeechOptions speech, @Nullable TextRecognizer recognizer,
			boolean keepWordless) {
		this.options = options;
		this.keyframes = new KeyframeExtractor(options, recognizer);
		this.speech = new SpeechTrack(new SpeechRecognizer(speech));
		this.ocr = recognizer != null;
		this.keepWordless = keepWordless;
	}

	@Override
	public boolean supports(String mediaType) {
		return SupportedMediaTypes.VIDEO.contains(mediaType);
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		parse(source, limits, firstPage, sink, null);
	}

	/**
	 * The headers: the first page is delivered only after keyframes, OCR and speech of
	 * the whole video, far too long to wait for in an upload request.
	 */
	@Override
	public void preflight(Path source, String mediaType, ParseLimits limits) {
		RecordingProbe.of(source, this.options.maxDuration());
	}

	@Override
	public int countCues(String subtitles) {
		return SubtitleFiles.parse(subtitles).size();
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink,
			@Nullable String subtitles) {
		parse(source, limits, firstPage, sink, subtitles);
	}

	/**
	 * Same as {@link #parse(Path, String, ParseLimits, int, PageSink)} with the text of a
	 * sidecar subtitle file ({@code .srt} or {@code .vtt}) that came with the video.
	 */
	public void parse(Path source, ParseLimits limits, int firstPage, PageSink sink, @Nullable String subtitles) {
		ParseDeadline deadline = ParseDeadline.start(this.options.limits(limits));
		RecordingProbe probe = RecordingProbe.of(source, this.options.maxDuration());
		List<TimedElement> elements = new ArrayList<>();
		List<MediaAsset> assets = new ArrayList<>();
		long durationMs = probe.durationMs();
		if (probe.hasVideo()) {
			KeyframeExtractor.Result result = this.keyframes.extract(source, probe, deadline);
			if (result.frames() == 0) {
				throw DocumentRejectedException.corrupt("it contains no video frames", null);
			}
			durationMs = Math.max(durationMs, result.endMs());
			scenes(result.keyframes(), durationMs, elements, assets);
			if (!this.ocr) {
				sink.note(NO_OCR_NOTE);
			}
		}
		// A sidecar file, when given, is the subtitles the user chose; else the embedded
		// ones.
		List<SubtitleCue> cues = (subtitles != null) ? SubtitleFiles.parse(subtitles)
				: EmbeddedSubtitles.read(source, deadline);
		elements.addAll(subtitleSegments(cues));
		if (probe.hasAudio()) {
			elements.addAll(this.speech.transcribe(source, deadline, sink));
		}
		deadline.check();
		RecordingPages.deliver(durationMs, onScreen(elements, assets), assets, limits, firstPage, sink);
		if (elements.isEmpty() && this.keepWordless && !assets.isEmpty()) {
			sink.note("No text was found in the video (no subtitles, no recognized speech, no text in its pictures);"
					+ " its " + assets.size() + " keyframe(s) are kept for image search only.");
		}
		else if (elements.isEmpty()) {
			throw new DocumentRejectedException(RejectionReason.NO_TEXT,
					"No text was found in the video: no subtitles, no recognized speech and no text in its pictures. "
							+ "Upload a subtitle file or a transcript with it.");
		}
	}

	static List<TimedElement> subtitleSegments(List<SubtitleCue> cues) {
		return Segments.group(cues.stream().map((cue) -> new TimedLine(cue.text(), cue.span())).toList(),
				ElementKind.SUBTITLE, false);
	}

	/**
	 * Links each subtitle and speech segment to the keyframe on screen when it starts, so
	 * a citation of what was said shows what was shown.
	 */
	static List<TimedElement> onScreen(List<TimedElement> elements, List<MediaAsset> frames) {
		if (frames.isEmpty()) {
			return elements;
		}
		List<TimedElement> linked = new ArrayList<>(elements.size());
		for (TimedElement element : elements) {
			if (element.asset() != null) {
				linked.add(element);
				continue;
			}
			MediaAsset shown = frames.getFirst();
			for (MediaAsset frame : frames) {
				if (frame.time() != null && frame.time().startMs() <= element.span().startMs()) {
					shown = frame;
				}
			}
			linked.add(new TimedElement(element.kind(), element.text(), element.span(), null, shown.key()));
		}
		return linked;
	}

	private static void scenes(List<Keyframe> keyframes, long durationMs, List<TimedElement> elements,
			List<MediaAsset> assets) {
		int pageCount = RecordingPages.pageCount(durationMs);
		for (int i = 0; i < keyframes.size(); i++) {
			Keyframe keyframe = keyframes.get(i);
			TimeSpan shown = new TimeSpan(keyframe.timeMs(), Math.max(keyframe.timeMs(),
					(i + 1 < keyframes.size()) ? keyframes.get(i + 1).timeMs() : durationMs));
			String key = "frame-" + keyframe.timeMs() + ".jpg";
			assets.add(Thumbnails.asset(key, RecordingPages.pageOf(shown.startMs(), pageCount), shown,
					keyframe.thumbnail()));
			// The scene's text spans the whole scene, to the next change of picture.
			long sceneEnd = keyframes.stream()
				.skip(i + 1L)
				.filter(Keyframe::sceneStart)
				.mapToLong(Keyframe::timeMs)
				.findFirst()
				.orElse(durationMs);
			TimeSpan scene = new TimeSpan(keyframe.timeMs(), Math.max(keyframe.timeMs(), sceneEnd));
			for (RecognizedLine line : keyframe.lines()) {
				if (!line.text().isBlank()) {
					elements.add(new TimedElement(ElementKind.IMAGE_TEXT, line.text().strip(), scene,
							line.box(keyframe.width(), keyframe.height()), key));
				}
			}
		}
	}

}
