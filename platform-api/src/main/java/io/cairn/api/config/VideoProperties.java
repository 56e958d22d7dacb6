package io.cairn.api.config;

import java.nio.file.Path;
import java.time.Duration;

import io.cairn.encoders.audio.SpeechOptions;
import io.cairn.encoders.video.VideoOptions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Video and audio ingestion.
 *
 * @param enabled whether video and audio files are accepted at all
 * @param maxDuration longest recording accepted (from its header, before decoding)
 * @param keyframesPerMinute most keyframes kept per minute of video
 * @param sceneThreshold share of the picture (0..1) that must change for a new keyframe
 * @param thumbnailWidth width in pixels keyframe thumbnails are scaled down to
 * @param samplesPerSecond frames examined per second of video
 * @param parseTimeout longest one recording's parse may take (replaces the shorter
 * {@code cairn.ingest.parse-timeout} for recordings)
 * @param speechCommand the {@code pocketsphinx_continuous} executable; missing means no
 * speech recognition (noted on the document)
 * @param speechModel PocketSphinx model directory; unset for its default English model
 * @param speechTimeout longest one speech recognition run may take
 */
@Validated
@ConfigurationProperties("cairn.video")
public record VideoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2h") Duration maxDuration,
		@DefaultValue("12") @Min(1) int keyframesPerMinute,
		@DefaultValue("0.04") @DecimalMin("0.001") @DecimalMax("1.0") double sceneThreshold,
		@DefaultValue("320") @Min(16) int thumbnailWidth, @DefaultValue("2") @DecimalMin("0.1") double samplesPerSecond,
		@DefaultValue("30m") Duration parseTimeout,
		@DefaultValue("/usr/bin/pocketsphinx_continuous") Path speechCommand, @Nullable Path speechModel,
		@DefaultValue("10m") Duration speechTimeout) {

	public VideoOptions videoOptions() {
		return new VideoOptions(this.maxDuration, this.keyframesPerMinute, this.sceneThreshold, this.thumbnailWidth,
				this.samplesPerSecond, this.parseTimeout);
	}

	public SpeechOptions speechOptions() {
		return new SpeechOptions(this.speechCommand, this.speechModel, this.speechTimeout);
	}

}
