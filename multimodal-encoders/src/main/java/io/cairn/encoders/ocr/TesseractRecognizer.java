package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;

/**
 * OCR through the {@code tesseract} command (Tesseract 4 or 5, TSV output). A separate
 * process rather than the native library in the JVM: a crash or a runaway page in
 * Tesseract then cannot take the service down, and a time limit can stop it.
 */
public final class TesseractRecognizer implements TextRecognizer {

	private final Path executable;

	private final String languages;

	private final Duration timeout;

	private final float minConfidence;

	/**
	 * @param executable the {@code tesseract} binary
	 * @param languages Tesseract language codes joined with '+', such as
	 * {@code eng+chi_sim}
	 * @param timeout the longest one image may take
	 * @param minConfidence lines below this confidence (0 to 1) are dropped
	 * @throws IllegalStateException if the binary is missing
	 */
	public TesseractRecognizer(Path executable, String languages, Duration timeout, float minConfidence) {
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("Tesseract OCR was selected (cairn.ocr.engine=tesseract) but " + executable
					+ " does not exist or is not executable; install it (Debian: apt-get install "
					+ "tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim) or set cairn.ocr.tesseract-path");
		}
		if (!languages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
			throw new IllegalArgumentException("Tesseract languages are codes joined with '+', got " + languages);
		}
		this.executable = executable;
		this.languages = languages;
		this.timeout = timeout;
		this.minConfidence = minConfidence;
	}

	@Override
	public String name() {
		return "tesseract";
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("cairn-tesseract");
			Path input = dir.resolve("page.png");
			Path output = dir.resolve("out.tsv");
			Path errors = dir.resolve("err.txt");
			ImageIO.write(image, "png", input.toFile());
			Process process = new ProcessBuilder(this.executable.toString(), input.toString(), "stdout", "-l",
					this.languages, "tsv")
				.redirectOutput(output.toFile())
				.redirectError(errors.toFile())
				.start();
			if (!process.waitFor(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Tesseract took longer than " + this.timeout + " on one image");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("Tesseract failed (exit " + process.exitValue() + "): "
						+ Files.readString(errors, StandardCharsets.UTF_8).strip());
			}
			return TesseractTsv.lines(Files.readAllLines(output, StandardCharsets.UTF_8), this.minConfidence);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Running Tesseract failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Tesseract was running", ex);
		}
		finally {
			deleteQuietly(dir);
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			// a temp directory left behind is not worth failing the OCR for
		}
	}

	/** Parses Tesseract's TSV: word rows grouped by block, paragraph and line. */
	static final class TesseractTsv {

		private static final int WORD_LEVEL = 5;

		private TesseractTsv() {
		}

		static List<RecognizedLine> lines(List<String> rows, float minConfidence) {
			WordLines lines = new WordLines(minConfidence);
			String key = null;
			for (String row : rows) {
				String[] f = row.split("\t", -1);
				if (f.length < 12 || !f[0].equals(String.valueOf(WORD_LEVEL)) || f[11].isBlank()) {
					continue;
				}
				String lineKey = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
				if (!lineKey.equals(key)) {
					lines.endLine();
				}
				key = lineKey;
				lines.word(f[11], Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
						Integer.parseInt(f[9]), Double.parseDouble(f[10]));
			}
			return lines.lines();
		}

	}

}
