package io.cairn.encoders.video;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.ParseDeadline;
import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import io.cairn.encoders.audio.RecordingPages;
import io.cairn.encoders.audio.RecordingProbe;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a video and keeps a keyframe whenever the picture changes enough (a new slide,
 * a cut), looking at a few frames a second. Each minute has at least one keyframe, so
 * every page of the recording can show a picture, and at most the configured number; a
 * keyframe's text is read right away, so no full-size frame is held.
 */
final class KeyframeExtractor {

	private final VideoOptions options;

	private final @Nullable TextRecognizer recognizer;

	KeyframeExtractor(VideoOptions options, @Nullable TextRecognizer recognizer) {
		this.options = options;
		this.recognizer = recognizer;
	}

	/**
	 * A kept frame.
	 *
	 * @param timeMs when it is shown
	 * @param thumbnail the scaled-down picture
	 * @param sceneStart true where the picture changed; false for the keyframe that only
	 * gives a minute of an unchanged scene its picture
	 * @param lines text read off the full-size frame of a scene start
	 * @param width full frame width, for the lines' boxes
	 * @param height full frame height
	 */
	record Keyframe(long timeMs, boolean sceneStart, BufferedImage thumbnail, List<RecognizedLine> lines, int width,
			int height) {
	}

	/**
	 * @param keyframes in time order
	 * @param frames frames decoded
	 * @param endMs end of the last frame
	 */
	record Result(List<Keyframe> keyframes, int frames, long endMs) {
	}

	Result extract(Path source, RecordingProbe probe, ParseDeadline deadline) {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile());
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			long frameMs = probe.frameRate() > 0 ? Math.round(1000 / probe.frameRate()) : 0;
			long sampleMs = Math.max(1, Math.round(1000 / this.options.samplesPerSecond()));
			Selection selection = new Selection();
			long nextSample = 0;
			long endMs = 0;
			int frames = 0;
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				deadline.check();
				long timeMs = Math.max(0, frame.timestamp / 1000);
				probe.checkDuration(timeMs, this.options.maxDuration());
				frames++;
				endMs = Math.max(endMs, timeMs + frameMs);
				if (timeMs < nextSample) {
					continue;
				}
				nextSample = timeMs + sampleMs;
				BufferedImage image = converter.convert(frame);
				if (image != null) {
					selection.offer(timeMs, image);
				}
			}
			grabber.stop();
			return new Result(selection.keyframes, frames, endMs);
		}
		catch (FrameGrabber.Exception ex) {
			throw DocumentRejectedException.corrupt("its video stream cannot be decoded", ex);
		}
	}

	/** The keyframe decisions, sample by sample. */
	private final class Selection {

		private final List<Keyframe> keyframes = new ArrayList<>();

		private @Nullable FrameSignature reference;

		private long minute = -1;

		private int inMinute;

		void offer(long timeMs, BufferedImage image) {
			FrameSignature signature = FrameSignature.of(image);
			boolean changed = this.reference == null
					|| signature.changedFraction(this.reference) >= KeyframeExtractor.this.options.sceneThreshold();
			boolean newMinute = timeMs / RecordingPages.PAGE_MS != this.minute;
			if (newMinute) {
				this.minute = timeMs / RecordingPages.PAGE_MS;
				this.inMinute = 0;
			}
			if (changed && this.inMinute < KeyframeExtractor.this.options.maxKeyframesPerMinute()) {
				keep(timeMs, true, image, read(image));
				this.reference = signature;
			}
			else if (newMinute) {
				// The same scene goes on: a picture for this minute's page, but its text
				// belongs to the scene's start (repeating it would make every minute of a
				// long slide an equal answer to "when is it shown").
				keep(timeMs, false, image, List.of());
			}
		}

		private void keep(long timeMs, boolean sceneStart, BufferedImage image, List<RecognizedLine> lines) {
			BufferedImage thumbnail = Thumbnails.scale(image, KeyframeExtractor.this.options.thumbnailWidth());
			this.keyframes.add(new Keyframe(timeMs, sceneStart, thumbnail, lines, image.getWidth(), image.getHeight()));
			this.inMinute++;
		}

		private List<RecognizedLine> read(BufferedImage image) {
			TextRecognizer ocr = KeyframeExtractor.this.recognizer;
			return ocr == null ? List.of() : ocr.recognize(image);
		}

	}

}
