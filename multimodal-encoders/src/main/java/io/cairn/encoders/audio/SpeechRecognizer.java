package io.cairn.encoders.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PocketSphinx on a 16 kHz mono WAV file as a separate process (its native code
 * stays out of the JVM), time-limited and killed on timeout.
 */
public final class SpeechRecognizer {

	private static final Logger log = LoggerFactory.getLogger(SpeechRecognizer.class);

	private final SpeechOptions options;

	public SpeechRecognizer(SpeechOptions options) {
		this.options = options;
	}

	/** Whether the recognizer binary is there to run. */
	public boolean available() {
		return Files.isExecutable(this.options.command());
	}

	/**
	 * The words said in the file, in order.
	 * @param wav 16 kHz, mono, 16-bit PCM
	 * @param timeoutMillis at most this long (and never more than the configured timeout)
	 * @return empty when the recognizer is not installed
	 * @throws SpeechRecognitionException when it fails or runs out of time
	 */
	public Optional<List<SpokenWord>> recognize(Path wav, long timeoutMillis) {
		if (!available()) {
			return Optional.empty();
		}
		Path output = null;
		Process process = null;
		try {
			output = Files.createTempFile("cairn-speech", ".txt");
			process = new ProcessBuilder(command(wav)).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			long limit = Math.min(timeoutMillis, this.options.timeout().toMillis());
			if (!process.waitFor(Math.max(1, limit), TimeUnit.MILLISECONDS)) {
				throw new SpeechRecognitionException("speech recognition took longer than " + limit + " ms");
			}
			if (process.exitValue() != 0) {
				throw new SpeechRecognitionException("speech recognizer exited with " + process.exitValue());
			}
			return Optional.of(PocketSphinxOutput.words(Files.readAllLines(output, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + this.options.command(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechRecognitionException("interrupted");
		}
		finally {
			if (process != null && process.isAlive()) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
			deleteQuietly(output);
		}
	}

	private List<String> command(Path wav) {
		List<String> command = new ArrayList<>(List.of(this.options.command().toString(), "-infile", wav.toString(),
				"-time", "yes", "-logfn", "/dev/null"));
		Path model = this.options.model();
		if (model != null) {
			String name = model.getFileName().toString();
			command.addAll(
					List.of("-hmm", model.resolve(name).toString(), "-lm", model.resolve(name + ".lm.bin").toString(),
							"-dict", model.resolve("cmudict-" + name + ".dict").toString()));
		}
		return command;
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", file, ex);
		}
	}

	/** The recognizer failed or ran out of time. */
	public static final class SpeechRecognitionException extends RuntimeException {

		SpeechRecognitionException(String message) {
			super(message);
		}

	}

}
