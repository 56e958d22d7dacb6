package io.cairn.encoders.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.cairn.core.media.RecognizedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Debian {@code tesseract} binary (bin/setup-system-packages installs it). */
class TesseractRecognizerIT {

	private static final Path TESSERACT = Path.of("/usr/bin/tesseract");

	@Test
	void readsEnglishLinesWithBoxes() {
		TesseractRecognizer tesseract = new TesseractRecognizer(TESSERACT, "eng", Duration.ofSeconds(30), 0.3f);
		List<String> text = List.of("Invoice number 4711 due on March 3", "Please pay within thirty days");
		RenderedText page = RenderedText.page(text, RenderedText.latin(28), 900, 240);
		List<RecognizedLine> lines = tesseract.recognize(page.image());
		String read = lines.stream().map(RecognizedLine::text).collect(Collectors.joining("\n"));
		assertThat(RenderedText.cer(RenderedText.squeeze(String.join("", text)), RenderedText.squeeze(read))).as(read)
			.isLessThan(0.05);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).top()).isLessThan(lines.get(1).top());
		assertThat(lines.get(0).left()).isBetween(page.boxes().get(0).x - 10, page.boxes().get(0).x + 10);
	}

	@Test
	void missingBinaryIsAClearError() {
		assertThatThrownBy(
				() -> new TesseractRecognizer(Path.of("/nonexistent/tesseract"), "eng", Duration.ofSeconds(5), 0f))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tesseract-ocr");
	}

}
