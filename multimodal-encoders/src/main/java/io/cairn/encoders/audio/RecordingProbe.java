package io.cairn.encoders.audio;

import java.nio.file.Path;
import java.time.Duration;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * What a recording's header says, read before anything is decoded so that an overlong or
 * unreadable file is refused cheaply.
 *
 * @param durationMs the duration the container declares
 * @param hasVideo whether there is a video stream
 * @param hasAudio whether there is an audio stream
 * @param frameRate frames per second of the video stream, 0 without one
 */
public record RecordingProbe(long durationMs, boolean hasVideo, boolean hasAudio, double frameRate) {

	static {
		// FFmpeg prints every opened file's streams to stderr otherwise.
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
	}

	/**
	 * @throws DocumentRejectedException CORRUPT when FFmpeg cannot open the file or it
	 * has neither sound nor picture, TOO_LONG when it is longer than {@code maxDuration}
	 */
	public static RecordingProbe of(Path source, Duration maxDuration) {
		RecordingProbe probe;
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
			grabber.start();
			probe = new RecordingProbe(Math.max(0, grabber.getLengthInTime() / 1000),
					grabber.hasVideo() && grabber.getImageWidth() > 0, grabber.hasAudio(), grabber.getVideoFrameRate());
			grabber.stop();
		}
		catch (FrameGrabber.Exception | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("it is not a video or audio file FFmpeg can open", ex);
		}
		if (!probe.hasVideo() && !probe.hasAudio()) {
			throw DocumentRejectedException.corrupt("it has neither a video nor an audio stream", null);
		}
		probe.checkDuration(probe.durationMs(), maxDuration);
		return probe;
	}

	/**
	 * @throws DocumentRejectedException TOO_LONG when {@code timeMs} is past
	 * {@code maxDuration} (also while decoding: headers can lie)
	 */
	public void checkDuration(long timeMs, Duration maxDuration) {
		if (timeMs > maxDuration.toMillis()) {
			throw DocumentRejectedException.tooLong(Duration.ofMillis(timeMs), maxDuration);
		}
	}

}
