package io.cairn.encoders.audio;

import java.nio.file.Path;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.ParseDeadline;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes a recording's sound track as the 16 kHz mono 16-bit WAV speech recognizers
 * expect.
 */
public final class WavExtractor {

	public static final int SAMPLE_RATE = 16_000;

	private WavExtractor() {
	}

	/**
	 * @return whether the recording had any sound to write
	 * @throws DocumentRejectedException CORRUPT when the audio cannot be decoded,
	 * PARSE_TIMEOUT when the deadline passes
	 */
	public static boolean extract(Path media, Path wav, ParseDeadline deadline) {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(media.toFile())) {
			// The grabber resamples to what is asked for here.
			grabber.setSampleRate(SAMPLE_RATE);
			grabber.setAudioChannels(1);
			grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
			grabber.start();
			if (!grabber.hasAudio() || grabber.getAudioChannels() == 0) {
				return false;
			}
			return write(grabber, wav, deadline);
		}
		catch (FrameGrabber.Exception | FrameRecorder.Exception ex) {
			throw DocumentRejectedException.corrupt("its sound track cannot be decoded", ex);
		}
	}

	private static boolean write(FFmpegFrameGrabber grabber, Path wav, ParseDeadline deadline)
			throws FrameGrabber.Exception, FrameRecorder.Exception {
		boolean any = false;
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(wav.toFile(), 1)) {
			recorder.setFormat("wav");
			recorder.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
			recorder.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
			recorder.setSampleRate(SAMPLE_RATE);
			recorder.setAudioChannels(1);
			recorder.start();
			Frame frame;
			while ((frame = grabber.grabSamples()) != null) {
				deadline.check();
				if (frame.samples != null) {
					recorder.recordSamples(SAMPLE_RATE, 1, frame.samples);
					any = true;
				}
			}
			recorder.stop();
		}
		return any;
	}

}
