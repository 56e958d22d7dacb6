package io.cairn.core.media;

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

/**
 * A real OCR engine for tests of the OCR plumbing: the {@code tesseract} command line
 * (Debian package tesseract-ocr), reading its TSV output (one row per word, with the line
 * it belongs to).
 */
public final class TesseractCliRecognizer implements TextRecognizer {

	private static final Path BINARY = Path.of("/usr/bin/tesseract");

	/** Whether the command is installed here. */
	public static boolean available() {
		return Files.isExecutable(BINARY);
	}

	@Override
	public String name() {
		return "tesseract-cli";
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		try {
			Path file = Files.createTempFile("cairn-ocr", ".png");
			try {
				ImageIO.write(image, "png", file.toFile());
				Process process = new ProcessBuilder(BINARY.toString(), file.toString(), "stdout", "--psm", "3", "tsv")
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
				String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new IllegalStateException("tesseract failed");
				}
				return parse(tsv);
			}
			finally {
				Files.deleteIfExists(file);
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

	private record Line(int left, int top, int width, int height, StringBuilder text, List<Float> confidences) {
	}

	/** Level 4 rows are lines, level 5 rows their words. */
	static List<RecognizedLine> parse(String tsv) {
		Map<String, Line> lines = new LinkedHashMap<>();
		for (String row : tsv.split("\n")) {
			String[] cells = row.split("\t", -1);
			if (cells.length < 12 || !cells[0].matches("\\d+")) {
				continue;
			}
			String key = cells[2] + "/" + cells[3] + "/" + cells[4];
			int level = Integer.parseInt(cells[0]);
			if (level == 4) {
				lines.put(key,
						new Line(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]), Integer.parseInt(cells[8]),
								Integer.parseInt(cells[9]), new StringBuilder(), new ArrayList<>()));
			}
			else if (level == 5 && lines.containsKey(key) && !cells[11].isBlank()) {
				Line line = lines.get(key);
				if (!line.text().isEmpty()) {
					line.text().append(' ');
				}
				line.text().append(cells[11].strip());
				line.confidences().add(Float.parseFloat(cells[10]) / 100f);
			}
		}
		List<RecognizedLine> result = new ArrayList<>();
		for (Line line : lines.values()) {
			if (!line.text().isEmpty()) {
				float confidence = (float) line.confidences()
					.stream()
					.mapToDouble(Float::doubleValue)
					.average()
					.orElse(0);
				result.add(new RecognizedLine(line.text().toString(), line.left(), line.top(), line.width(),
						line.height(), confidence));
			}
		}
		return result;
	}

}
