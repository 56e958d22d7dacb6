package io.cairn.encoders.video;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.jspecify.annotations.Nullable;

/** Generated recordings: slide shows (Java2D text on coloured backgrounds) and sound. */
public final class TestRecordings {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 360;

	private TestRecordings() {
	}

	/** A slide: a title shown on a background for some seconds. */
	public record Slide(String title, Color background, double seconds) {
	}

	/**
	 * Writes an MPEG-4 video of the slides at {@code fps}, with {@code sound} (16 kHz
	 * mono samples) as an AAC track when given.
	 */
	public static Path slideShow(Path file, List<Slide> slides, int fps, short @Nullable [] sound) throws Exception {
		return slideShow(file, slides, fps, sound, WIDTH, HEIGHT);
	}

	/** Same as {@link #slideShow(Path, List, int, short[])} in another frame size. */
	public static Path slideShow(Path file, List<Slide> slides, int fps, short @Nullable [] sound, int width,
			int height) throws Exception {
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height,
				sound == null ? 0 : 1); Java2DFrameConverter converter = new Java2DFrameConverter()) {
			recorder.setFormat("mp4");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
			recorder.setFrameRate(fps);
			recorder.setVideoQuality(4);
			if (sound != null) {
				recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
				recorder.setSampleRate(16_000);
			}
			recorder.start();
			long frame = 0;
			for (Slide slide : slides) {
				BufferedImage image = render(slide, width, height);
				long frames = Math.round(slide.seconds() * fps);
				for (long i = 0; i < frames; i++) {
					recorder.setTimestamp(frame * 1_000_000L / fps);
					recorder.record(converter.convert(image));
					frame++;
				}
			}
			if (sound != null) {
				recorder.recordSamples(16_000, 1, ShortBuffer.wrap(sound));
			}
			recorder.stop();
		}
		return file;
	}

	static BufferedImage render(Slide slide, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(slide.background());
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.BLACK);
			int size = height / 9;
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			int y = height / 3;
			for (String line : slide.title().split("\n")) {
				graphics.drawString(line, width / 16, y);
				y += size * 3 / 2;
				// Lines after the title are body text.
				graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size * 2 / 3));
			}
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	/** A video stream with a header and no frames. */
	public static Path noFrames(Path file) throws Exception {
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0)) {
			recorder.setFormat("mp4");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
			recorder.setFrameRate(5);
			recorder.start();
			recorder.stop();
		}
		return file;
	}

}
