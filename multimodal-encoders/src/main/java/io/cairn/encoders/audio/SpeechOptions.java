package io.cairn.encoders.audio;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How speech is recognized.
 *
 * @param command the {@code pocketsphinx_continuous} executable; when it does not exist,
 * recordings are ingested without speech and the document gets a note
 * @param model a PocketSphinx model directory laid out like
 * {@code /usr/share/pocketsphinx/model/en-us} ({@code en-us/}, {@code en-us.lm.bin},
 * {@code cmudict-en-us.dict}); null for the recognizer's built-in default
 * @param timeout longest one recognizer run may take; it is killed after that
 */
public record SpeechOptions(Path command, @Nullable Path model, Duration timeout) {

	public SpeechOptions {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("the speech timeout must be positive, got " + timeout);
		}
	}

	/** Debian's PocketSphinx 0.8 with its default English model, 10 minutes. */
	public static SpeechOptions defaults() {
		return new SpeechOptions(Path.of("/usr/bin/pocketsphinx_continuous"), null, Duration.ofMinutes(10));
	}

}
