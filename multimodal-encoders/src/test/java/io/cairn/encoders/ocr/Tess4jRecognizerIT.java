package io.cairn.encoders.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.cairn.core.media.RecognizedLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tesseract in the JVM through tess4j, on Debian's libtesseract and language data
 * (bin/setup-system-packages installs them): the same lines and boxes as the command,
 * Chinese without spaces, several threads at once, and clear errors for missing data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Tess4jRecognizerIT {

	private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

	private static final List<String> ENGLISH = List.of("Invoice number 4711 due on March 3",
			"Please pay within thirty days");

	private Tess4jRecognizer tess4j;

	@BeforeAll
	void load() {
		this.tess4j = new Tess4jRecognizer(TESSDATA, "eng+chi_sim", 0.3f);
	}

	@AfterAll
	void close() {
		this.tess4j.close();
	}

	@Test
	void readsEnglishLinesWithTheSameBoxesAsTheCommand() {
		RenderedText page = RenderedText.page(ENGLISH, RenderedText.latin(28), 900, 240);
		List<RecognizedLine> lines = this.tess4j.recognize(page.image());

		String read = lines.stream().map(RecognizedLine::text).collect(Collectors.joining("\n"));
		assertThat(RenderedText.cer(RenderedText.squeeze(String.join("", ENGLISH)), RenderedText.squeeze(read)))
			.as(read)
			.isLessThan(0.05);
		assertThat(lines).hasSize(2);
		assertThat(lines).allSatisfy((line) -> assertThat(line.confidence()).isBetween(0.3f, 1f));
		List<RecognizedLine> command = new TesseractRecognizer(Path.of("/usr/bin/tesseract"), "eng+chi_sim",
				Duration.ofSeconds(30), 0.3f)
			.recognize(page.image());
		assertThat(lines).extracting(RecognizedLine::text)
			.isEqualTo(command.stream().map(RecognizedLine::text).toList());
		for (int i = 0; i < lines.size(); i++) {
			assertThat(lines.get(i).left()).isEqualTo(command.get(i).left());
			assertThat(lines.get(i).top()).isEqualTo(command.get(i).top());
			assertThat(lines.get(i).width()).isEqualTo(command.get(i).width());
		}
	}

	@Test
	void chineseComesOutWithoutSpaces() {
		List<String> text = List.of("第四季度营业收入同比增长");
		RenderedText page = RenderedText.page(text, RenderedText.cjk(36), 700, 120);
		String read = this.tess4j.recognize(page.image()).get(0).text();
		assertThat(read).doesNotContain(" ");
		assertThat(RenderedText.cer(text.get(0), read)).as(read).isLessThan(0.2);
	}

	@Test
	void severalThreadsReadAtOnce() throws Exception {
		RenderedText page = RenderedText.page(ENGLISH, RenderedText.latin(28), 900, 240);
		List<String> alone = this.tess4j.recognize(page.image()).stream().map(RecognizedLine::text).toList();
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			List<Future<List<RecognizedLine>>> runs = pool.invokeAll(List.of(() -> this.tess4j.recognize(page.image()),
					() -> this.tess4j.recognize(page.image()), () -> this.tess4j.recognize(page.image())));
			for (Future<List<RecognizedLine>> run : runs) {
				assertThat(run.get()).extracting(RecognizedLine::text).isEqualTo(alone);
			}
		}
	}

	@Test
	void missingLanguageDataIsAClearError() {
		assertThatThrownBy(() -> new Tess4jRecognizer(TESSDATA, "eng+deu", 0f))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'deu'")
			.hasMessageContaining("tesseract-ocr-deu");
		assertThatThrownBy(() -> new Tess4jRecognizer(Path.of("/nonexistent"), "eng", 0f))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cairn.ocr.tessdata-path");
	}

}
