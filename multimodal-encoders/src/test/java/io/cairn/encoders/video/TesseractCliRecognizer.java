package io.cairn.encoders.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;

/**
 * A real OCR engine for the tests: the Tesseract CLI's TSV output, words grouped into
 * lines. (The product's engines live in the {@code ocr} package.)
 */
public final class TesseractCliRecognizer implements TextRecognizer {

	public static final Path BINARY = Path.of("/usr/bin/tesseract");

	@Override
	public String name() {
		return "tesseract-cli";
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		try {
			Path png = Files.createTempFile("cairn-ocr", ".png");
			try {
				ImageIO.write(image, "png", png.toFile());
				Process process = new ProcessBuilder(BINARY.toString(), png.toString(), "stdout", "tsv")
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
				String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException("tesseract timed out");
				}
				return lines(tsv);
			}
			finally {
				Files.deleteIfExists(png);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<RecognizedLine> lines(String tsv) {
		Map<String, List<String[]>> words = new LinkedHashMap<>();
		for (String row : tsv.split("\n")) {
			String[] cells = row.split("\t");
			if (cells.length == 12 && cells[0].equals("5") && !cells[11].isBlank()) {
				words.computeIfAbsent(cells[2] + "/" + cells[3] + "/" + cells[4], (key) -> new ArrayList<>())
					.add(cells);
			}
		}
		List<RecognizedLine> lines = new ArrayList<>();
		for (List<String[]> line : words.values()) {
			int left = Integer.MAX_VALUE;
			int top = Integer.MAX_VALUE;
			int right = 0;
			int bottom = 0;
			float confidence = 0;
			List<String> texts = new ArrayList<>();
			for (String[] word : line) {
				int x = Integer.parseInt(word[6]);
				int y = Integer.parseInt(word[7]);
				left = Math.min(left, x);
				top = Math.min(top, y);
				right = Math.max(right, x + Integer.parseInt(word[8]));
				bottom = Math.max(bottom, y + Integer.parseInt(word[9]));
				confidence += Float.parseFloat(word[10]) / 100f;
				texts.add(word[11].strip());
			}
			lines.add(new RecognizedLine(String.join(" ", texts), left, top, right - left, bottom - top,
					confidence / line.size()));
		}
		return lines;
	}

}
