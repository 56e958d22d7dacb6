package io.cairn.encoders.video;

import java.time.Duration;

import io.cairn.core.ingest.parse.ParseLimits;

/**
 * How videos are read.
 *
 * @param maxDuration longest recording accepted (checked from the header, then while
 * decoding)
 * @param maxKeyframesPerMinute most keyframes kept per minute, however busy the picture
 * @param sceneThreshold share of a downscaled frame's cells (0..1) whose brightness must
 * change for a new scene
 * @param thumbnailWidth keyframe thumbnails are scaled down to at most this width
 * @param samplesPerSecond frames looked at per second of video
 * @param parseTimeout longest a video or audio parse may take (decoding, OCR and speech
 * take far longer than text formats); the ingest parse timeout applies when longer
 */
public record VideoOptions(Duration maxDuration, int maxKeyframesPerMinute, double sceneThreshold, int thumbnailWidth,
		double samplesPerSecond, Duration parseTimeout) {

	public VideoOptions {
		if (maxDuration.isNegative() || maxDuration.isZero()) {
			throw new IllegalArgumentException("maxDuration must be positive, got " + maxDuration);
		}
		if (maxKeyframesPerMinute < 1 || thumbnailWidth < 16 || !(samplesPerSecond > 0)) {
			throw new IllegalArgumentException(
					"keyframes per minute >= 1, thumbnail width >= 16, samples per second > 0");
		}
		if (parseTimeout.isNegative() || parseTimeout.isZero()) {
			throw new IllegalArgumentException("parseTimeout must be positive, got " + parseTimeout);
		}
		if (!(sceneThreshold > 0 && sceneThreshold <= 1)) {
			throw new IllegalArgumentException("sceneThreshold is a fraction in (0, 1], got " + sceneThreshold);
		}
	}

	/**
	 * 2 hours, 12 keyframes a minute, 4% of the picture, 320 px, 2 frames per second, 30
	 * minutes to parse.
	 */
	public static VideoOptions defaults() {
		return new VideoOptions(Duration.ofHours(2), 12, 0.04, 320, 2.0, Duration.ofMinutes(30));
	}

	/** The limits with this parse timeout, when it is the longer one. */
	public ParseLimits limits(ParseLimits limits) {
		return this.parseTimeout.compareTo(limits.maxParseTime()) > 0 ? limits.withMaxParseTime(this.parseTimeout)
				: limits;
	}

}
