package io.cairn.encoders.video;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.TimeSpan;
import io.cairn.encoders.audio.CollectingSink;
import io.cairn.encoders.audio.SpeechOptions;
import io.cairn.encoders.audio.TestSounds;
import io.cairn.encoders.video.TestRecordings.Slide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Generated slide videos through the real FFmpeg decoder and a real OCR engine
 * (Tesseract's CLI): keyframes at slide changes, text on the right time span, subtitles,
 * pages per minute, and the refusals.
 */
class VideoDocumentParserIT {

	private static final List<Slide> SLIDES = List.of(new Slide("Quarterly budget", new Color(250, 240, 200), 4),
			new Slide("Security review", new Color(200, 230, 250), 4),
			new Slide("Hiring roadmap", new Color(220, 250, 210), 4),
			new Slide("Cloud migration", new Color(250, 215, 230), 4));

	private static final String SRT = """
			1
			00:00:01,000 --> 00:00:03,500
			Welcome to the <i>quarterly</i> update.

			2
			00:00:05,000 --> 00:00:07,000
			Next we review security.
			""";

	private static final SpeechOptions NO_SPEECH = new SpeechOptions(Path.of("/nonexistent/pocketsphinx"), null,
			Duration.ofSeconds(30));

	@TempDir
	static Path dir;

	private static Path slides;

	@BeforeAll
	static void generate() throws Exception {
		slides = TestRecordings.slideShow(dir.resolve("slides.mp4"), SLIDES, 5, null);
	}

	private static VideoDocumentParser parser(VideoOptions options) {
		assumeTrue(Files.isExecutable(TesseractCliRecognizer.BINARY), "tesseract is not installed");
		return new VideoDocumentParser(options, NO_SPEECH, new TesseractCliRecognizer());
	}

	@Test
	void keyframesAtSlideChangesCarryTheSlideTextOnTheSlidesTimeSpan() {
		CollectingSink sink = new CollectingSink();
		parser(VideoOptions.defaults()).parse(slides, ParseLimits.defaults(), 1, sink, SRT);

		assertThat(sink.pageCount).isEqualTo(1);
		assertThat(sink.pages).containsExactly(1);
		List<MediaAsset> frames = sink.assets;
		assertThat(frames).hasSize(SLIDES.size()).allSatisfy((frame) -> {
			assertThat(frame.kind()).isEqualTo(AssetKind.FRAME);
			assertThat(frame.width()).isLessThanOrEqualTo(320);
			assertThat(frame.mediaType()).isEqualTo("image/jpeg");
		});
		for (int i = 0; i < SLIDES.size(); i++) {
			long slideStart = i * 4000L;
			assertThat(frames.get(i).time().startMs()).as("keyframe %d", i).isBetween(slideStart, slideStart + 600);
		}
		Element security = sink.ofKind(ElementKind.IMAGE_TEXT)
			.stream()
			.filter((element) -> element.text().contains("Security"))
			.findFirst()
			.orElseThrow();
		assertThat(security.time().startMs()).isBetween(4000L, 4600L);
		assertThat(security.time().endMs()).isBetween(8000L, 8600L);
		assertThat(security.asset()).isEqualTo(frames.get(1).key());
		assertThat(security.box()).isNotNull();
		// No sound track, so no speech to skip; OCR was there.
		assertThat(sink.notes).isEmpty();
	}

	@Test
	void subtitlesBecomeTimedSegments() {
		CollectingSink sink = new CollectingSink();
		parser(VideoOptions.defaults()).parse(slides, ParseLimits.defaults(), 1, sink, SRT);

		List<Element> subtitles = sink.ofKind(ElementKind.SUBTITLE);
		assertThat(subtitles).extracting(Element::text)
			.containsExactly("Welcome to the quarterly update.", "Next we review security.");
		// Both cues fall in one 30 s segment: they share its span, and the segment shows
		// the keyframe on screen when it starts (the first slide, at 1 s).
		assertThat(subtitles).allSatisfy((element) -> {
			assertThat(element.time().startMs()).isEqualTo(1000);
			assertThat(element.time().endMs()).isEqualTo(7000);
			assertThat(element.asset()).isEqualTo(sink.assets.getFirst().key());
			assertThat(element.box()).isNull();
		});
	}

	@Test
	void embeddedSubtitleStreamsAreRead() throws Exception {
		Path srt = Files.writeString(dir.resolve("cues.srt"), SRT);
		Path mkv = dir.resolve("subtitled.mkv");
		FfmpegProgram.run(dir, "-i", slides.toString(), "-i", srt.toString(), "-map", "0", "-map", "1", "-c", "copy",
				"-c:s", "srt", mkv.toString());

		CollectingSink sink = new CollectingSink();
		parser(VideoOptions.defaults()).parse(mkv, ParseLimits.defaults(), 1, sink, null);

		List<Element> subtitles = sink.ofKind(ElementKind.SUBTITLE);
		assertThat(subtitles).extracting(Element::text)
			.containsExactly("Welcome to the quarterly update.", "Next we review security.");
		assertThat(subtitles.getFirst().time()).isEqualTo(new TimeSpan(1000, 7000));
	}

	@Test
	void everyMinuteIsAPageWithAKeyframe() throws Exception {
		Path longer = TestRecordings.slideShow(dir.resolve("long.mp4"),
				List.of(new Slide("Opening remarks", Color.WHITE, 70), new Slide("Closing remarks", Color.YELLOW, 55)),
				1, null);
		CollectingSink sink = new CollectingSink();
		parser(VideoOptions.defaults()).parse(longer, ParseLimits.defaults(), 1, sink, null);

		assertThat(sink.pageCount).isEqualTo(3);
		assertThat(sink.pages).containsExactly(1, 2, 3);
		assertThat(sink.assets).extracting(MediaAsset::page).contains(1, 2, 3);
		// Minute two starts on the unchanged first slide: a picture for its page, but the
		// slide's text stays with the scene's start, spanning the whole scene.
		Element opening = sink.ofKind(ElementKind.IMAGE_TEXT)
			.stream()
			.filter((element) -> element.text().contains("Opening"))
			.findFirst()
			.orElseThrow();
		assertThat(opening.page()).isEqualTo(1);
		assertThat(opening.time().endMs()).isBetween(69_000L, 71_000L);
		assertThat(sink.ofKind(ElementKind.IMAGE_TEXT))
			.noneMatch((element) -> element.text().contains("Opening") && element.page() == 2);

		CollectingSink resumed = new CollectingSink();
		parser(VideoOptions.defaults()).parse(longer, ParseLimits.defaults(), 2, resumed, null);
		assertThat(resumed.pages).containsExactly(2, 3);
		assertThat(resumed.elements).isEqualTo(sink.elements.stream().filter((e) -> e.page() >= 2).toList());
	}

	@Test
	void theSoundTrackIsRecognizedAsSpeech() throws Exception {
		assumeTrue(Files.isExecutable(TestSounds.FLITE), "flite is not installed");
		assumeTrue(Files.isExecutable(SpeechOptions.defaults().command()), "pocketsphinx is not installed");
		short[] speech = TestSounds.speech(dir, "the quick brown fox jumps over the lazy dog");
		Path talk = TestRecordings.slideShow(dir.resolve("talk.mp4"), SLIDES.subList(0, 2), 5, speech);
		CollectingSink sink = new CollectingSink();
		new VideoDocumentParser(VideoOptions.defaults(), SpeechOptions.defaults(), null).parse(talk,
				ParseLimits.defaults(), 1, sink, null);

		assertThat(String.join(" ", sink.ofKind(ElementKind.SPEECH).stream().map(Element::text).toList()))
			.contains("brown fox");
		assertThat(sink.assets).hasSize(2);
		assertThat(sink.notes).containsExactly(VideoDocumentParser.NO_OCR_NOTE);
	}

	@Test
	void overlongVideoIsRejectedFromItsHeader() {
		VideoOptions short10s = new VideoOptions(Duration.ofSeconds(10), 12, 0.04, 320, 2, Duration.ofMinutes(1));
		assertThatThrownBy(() -> parser(short10s).parse(slides, ParseLimits.defaults(), 1, new CollectingSink(), null))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LONG));
	}

	@Test
	void corruptAndFramelessVideosAreRejected() throws Exception {
		byte[] noise = new byte[50_000];
		new Random(7).nextBytes(noise);
		Path corrupt = Files.write(dir.resolve("corrupt.mp4"), noise);
		Path empty = TestRecordings.noFrames(dir.resolve("empty.mp4"));
		for (Path file : List.of(corrupt, empty)) {
			assertThatThrownBy(() -> parser(VideoOptions.defaults()).parse(file, ParseLimits.defaults(), 1,
					new CollectingSink(), null))
				.as(file.getFileName().toString())
				.isInstanceOfSatisfying(DocumentRejectedException.class,
						(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.CORRUPT));
		}
	}

	@Test
	void aVideoWithoutTextIsRejectedUnlessWordlessVideosAreKept() throws Exception {
		Path scenery = TestRecordings.slideShow(dir.resolve("scenery.mp4"),
				List.of(new Slide("", Color.BLUE, 3), new Slide("", Color.ORANGE, 3)), 5, null);
		CollectingSink rejected = new CollectingSink();
		assertThatThrownBy(
				() -> parser(VideoOptions.defaults()).parse(scenery, ParseLimits.defaults(), 1, rejected, null))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.NO_TEXT));

		CollectingSink kept = new CollectingSink();
		new VideoDocumentParser(VideoOptions.defaults(), NO_SPEECH, new TesseractCliRecognizer(), true).parse(scenery,
				ParseLimits.defaults(), 1, kept, null);
		assertThat(kept.elements).isEmpty();
		assertThat(kept.assets).isNotEmpty().allSatisfy((frame) -> assertThat(frame.kind()).isEqualTo(AssetKind.FRAME));
		assertThat(kept.notes).anyMatch((note) -> note.contains("kept for image search only"));
	}

	@Test
	void detectsGeneratedVideoAsAVideo() {
		// Tika names an ISO base media file with the 'isom' brand QuickTime; the name
		// does
		// not contradict it, FFmpeg reads both.
		assertThat(new MediaTypeDetector().detect(slides, "talk.mp4")).isIn(SupportedMediaTypes.VIDEO);
		assertThat(new MediaTypeDetector().detect(slides, null)).isIn(SupportedMediaTypes.VIDEO);
	}

}
