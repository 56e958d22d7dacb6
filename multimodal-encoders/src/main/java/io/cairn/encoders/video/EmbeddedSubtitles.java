package io.cairn.encoders.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.ParseDeadline;
import io.cairn.core.media.TimeSpan;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avcodec.AVSubtitle;
import org.bytedeco.ffmpeg.avcodec.AVSubtitleRect;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.jspecify.annotations.Nullable;

/**
 * Text subtitle streams inside the container (SubRip, ASS/SSA, WebVTT, mov_text), decoded
 * with FFmpeg's subtitle decoders in a pass over the packets. Picture subtitles (DVD,
 * PGS) have no text and are skipped.
 */
final class EmbeddedSubtitles {

	/**
	 * FFmpeg hands text subtitles over as ASS dialogue events: 8 fields, then the text.
	 */
	private static final Pattern ASS_FIELDS = Pattern.compile("^(?:[^,]*,){8}");

	private static final Pattern ASS_MARKUP = Pattern.compile("\\{[^}]*}");

	private EmbeddedSubtitles() {
	}

	static List<SubtitleCue> read(Path source, ParseDeadline deadline) {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
			grabber.start();
			AVFormatContext format = grabber.getFormatContext();
			int index = subtitleStream(format);
			if (index < 0) {
				return List.of();
			}
			AVStream stream = format.streams(index);
			AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
			if (codec == null || codec.isNull()) {
				return List.of();
			}
			AVCodecContext context = avcodec.avcodec_alloc_context3(codec);
			try {
				avcodec.avcodec_parameters_to_context(context, stream.codecpar());
				context.pkt_timebase(stream.time_base());
				if (avcodec.avcodec_open2(context, codec, (AVDictionary) null) < 0) {
					return List.of();
				}
				return decode(grabber, context, index, avutil.av_q2d(stream.time_base()), deadline);
			}
			finally {
				avcodec.avcodec_free_context(context);
			}
		}
		catch (FrameGrabber.Exception ex) {
			throw DocumentRejectedException.corrupt("its subtitle stream cannot be read", ex);
		}
	}

	private static int subtitleStream(AVFormatContext format) {
		for (int i = 0; i < format.nb_streams(); i++) {
			if (format.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_SUBTITLE) {
				return i;
			}
		}
		return -1;
	}

	private static List<SubtitleCue> decode(FFmpegFrameGrabber grabber, AVCodecContext context, int index,
			double timeBase, ParseDeadline deadline) throws FrameGrabber.Exception {
		List<SubtitleCue> cues = new ArrayList<>();
		AVSubtitle subtitle = new AVSubtitle();
		int[] got = new int[1];
		AVPacket packet;
		while ((packet = grabber.grabPacket()) != null) {
			deadline.check();
			try {
				if (packet.stream_index() != index || packet.pts() == avutil.AV_NOPTS_VALUE) {
					continue;
				}
				if (avcodec.avcodec_decode_subtitle2(context, subtitle, got, packet) >= 0 && got[0] != 0) {
					long at = Math.round(packet.pts() * timeBase * 1000);
					long end = (subtitle.end_display_time() > 0 && subtitle.end_display_time() != -1)
							? at + Integer.toUnsignedLong(subtitle.end_display_time())
							: at + Math.round(packet.duration() * timeBase * 1000);
					long start = at + Integer.toUnsignedLong(subtitle.start_display_time());
					String text = text(subtitle);
					avcodec.avsubtitle_free(subtitle);
					if (!text.isBlank() && end >= start && start >= 0) {
						cues.add(new SubtitleCue(new TimeSpan(start, end), text));
					}
				}
			}
			finally {
				avcodec.av_packet_unref(packet);
			}
		}
		return cues;
	}

	private static String text(AVSubtitle subtitle) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < subtitle.num_rects(); i++) {
			AVSubtitleRect rect = subtitle.rects(i);
			String line = string(rect.ass());
			if (line != null) {
				line = ASS_MARKUP.matcher(ASS_FIELDS.matcher(line).replaceFirst("")).replaceAll("");
			}
			else {
				line = string(rect.text());
			}
			if (line != null && !line.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(line.replace("\\N", " ").replace("\\n", " ").strip());
			}
		}
		return text.toString();
	}

	private static @Nullable String string(@Nullable BytePointer pointer) {
		return (pointer == null || pointer.isNull()) ? null
				: pointer.getString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
