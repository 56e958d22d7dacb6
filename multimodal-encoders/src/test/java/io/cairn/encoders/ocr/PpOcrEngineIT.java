package io.cairn.encoders.ocr;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.cairn.core.media.RecognizedLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real PP-OCRv4 models on rendered English and Chinese text. */
class PpOcrEngineIT {

	private static PpOcrEngine engine;

	@BeforeAll
	static void load() {
		engine = PpOcrEngine.fromClasspath(OcrOptions.defaults());
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void readsEnglishLinesInOrderWithTheirBoxes() {
		List<String> text = List.of("Invoice number 4711 due on March 3", "Total amount: 1,250.00 EUR",
				"Please pay within thirty days");
		RenderedText page = RenderedText.page(text, RenderedText.latin(28), 900, 320);
		List<RecognizedLine> lines = engine.recognize(page.image());
		String read = lines.stream().map(RecognizedLine::text).collect(Collectors.joining("\n"));
		assertThat(RenderedText.cer(RenderedText.squeeze(String.join("", text)), RenderedText.squeeze(read))).as(read)
			.isLessThan(0.05);
		assertThat(lines).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(iou(page.boxes().get(i), lines.get(i))).as(lines.get(i).toString()).isGreaterThan(0.5);
			assertThat(lines.get(i).confidence()).isBetween(0.8f, 1f);
		}
	}

	@Test
	void keepsTheSpacesBetweenWordsOfSmallCapitals() {
		// Labels in a chart: bold capitals about 25 px high. Cropped at that size and
		// scaled up for the recogniser, they came back as "NIGHTSHIFTCOVERED", a word
		// that neither keyword nor vector search can match.
		List<String> text = List.of("NIGHT SHIFT COVERED BY RIVERSIDE TEAM", "TURBINE OUTPUT PEAKED AT NOON",
				"SLUDGE VOLUME FELL BY HALF", "OZONE DOSING PAUSED IN AUGUST");
		RenderedText page = RenderedText.page(text, RenderedText.latin(26).deriveFont(Font.BOLD), 760, 300);
		List<String> read = engine.recognize(page.image()).stream().map(RecognizedLine::text).toList();
		assertThat(words(read)).as(read.toString()).containsAll(words(text));
	}

	@Test
	void readsChinese() {
		List<String> text = List.of("检索增强生成系统支持中文文档", "请在三十天内付款", "总金额为一千二百五十元");
		RenderedText page = RenderedText.page(text, RenderedText.cjk(30), 800, 320);
		String read = engine.recognize(page.image()).stream().map(RecognizedLine::text).collect(Collectors.joining());
		assertThat(RenderedText.cer(RenderedText.squeeze(String.join("", text)), RenderedText.squeeze(read))).as(read)
			.isLessThan(0.1);
	}

	@Test
	void turnsUpsideDownLines() {
		String text = "The quick brown fox jumps over the lazy dog";
		RenderedText page = RenderedText.page(List.of(text), RenderedText.latin(30), 800, 100);
		BufferedImage upsideDown = OcrImages.rotate180(page.image());
		String read = engine.recognize(upsideDown).stream().map(RecognizedLine::text).collect(Collectors.joining(" "));
		assertThat(RenderedText.cer(RenderedText.squeeze(text), RenderedText.squeeze(read))).as(read).isLessThan(0.05);
	}

	@Test
	void longUprightLinesStayUpright() {
		// squeezed whole into the direction classifier, long lines used to be turned
		String text = "support tickets impeller June fourth answered fourth the on is seven days";
		RenderedText page = RenderedText.page(List.of(text), RenderedText.latin(32), 1300, 110);
		String read = engine.recognize(page.image())
			.stream()
			.map(RecognizedLine::text)
			.collect(Collectors.joining(" "));
		assertThat(RenderedText.cer(RenderedText.squeeze(text), RenderedText.squeeze(read))).as(read).isLessThan(0.05);
	}

	@Test
	void blankImageHasNoLines() {
		RenderedText page = RenderedText.page(List.of(), RenderedText.latin(20), 640, 480);
		assertThat(engine.recognize(page.image())).isEmpty();
	}

	private static List<String> words(List<String> lines) {
		return lines.stream().flatMap((line) -> Arrays.stream(line.split("\\s+"))).toList();
	}

	private static double iou(Rectangle drawn, RecognizedLine line) {
		Rectangle found = new Rectangle(line.left(), line.top(), line.width(), line.height());
		Rectangle both = drawn.intersection(found);
		if (both.isEmpty()) {
			return 0;
		}
		double inter = (double) both.width * both.height;
		return inter / ((double) drawn.width * drawn.height + (double) found.width * found.height - inter);
	}

}
