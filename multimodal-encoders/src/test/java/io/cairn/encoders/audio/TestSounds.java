package io.cairn.encoders.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Generated sound: silence, and English speech from the flite synthesizer. */
public final class TestSounds {

	public static final Path FLITE = Path.of("/usr/bin/flite");

	private TestSounds() {
	}

	/** 16 kHz mono 16-bit WAV of the samples. */
	public static Path wav(Path file, short[] samples) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (short sample : samples) {
			bytes.putShort(sample);
		}
		AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
		try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes.array()), format,
				samples.length)) {
			AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
		}
		return file;
	}

	/** Speech said by flite's 16 kHz voice, as samples. */
	public static short[] speech(Path dir, String text) throws Exception {
		Path file = dir.resolve("flite-" + Math.abs(text.hashCode()) + ".wav");
		Process process = new ProcessBuilder(FLITE.toString(), "-voice", "kal16", "-t", text, "-o", file.toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("flite failed");
		}
		try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
			if (in.getFormat().getSampleRate() != 16_000 || in.getFormat().getChannels() != 1) {
				throw new IllegalStateException("unexpected flite format " + in.getFormat());
			}
			ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
			short[] samples = new short[bytes.remaining() / 2];
			bytes.asShortBuffer().get(samples);
			return samples;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
