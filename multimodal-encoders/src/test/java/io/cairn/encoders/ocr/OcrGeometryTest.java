package io.cairn.encoders.ocr;

import java.util.List;

import io.cairn.core.media.RecognizedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The pipeline's geometry without the models. */
class OcrGeometryTest {

	@Test
	void minAreaRectFindsARotatedRectangle() {
		// a 40 x 10 rectangle turned by 30 degrees, sampled on its outline
		double angle = Math.toRadians(30);
		double[] xs = new double[400];
		double[] ys = new double[400];
		int n = 0;
		for (int i = 0; i < 100; i++) {
			double t = i / 99.0;
			double[][] edges = { { t * 40, 0 }, { t * 40, 10 }, { 0, t * 10 }, { 40, t * 10 } };
			for (double[] p : edges) {
				xs[n] = 100 + p[0] * Math.cos(angle) - p[1] * Math.sin(angle);
				ys[n++] = 50 + p[0] * Math.sin(angle) + p[1] * Math.cos(angle);
			}
		}
		MinAreaRect rect = MinAreaRect.of(xs, ys, n);
		assertThat(Math.max(rect.length(), rect.breadth())).isCloseTo(40, offset(0.01));
		assertThat(rect.shortSide()).isCloseTo(10, offset(0.01));
		assertThat(Math.abs(rect.ux() * rect.uy())).isCloseTo(Math.abs(Math.cos(angle) * Math.sin(angle)),
				offset(0.01));
	}

	@Test
	void dbPostProcessingFindsEachTextBlobScaledBackToTheImage() {
		// a 64 x 32 map of a 128 x 64 image: two bars, one too faint to keep
		float[] values = new float[64 * 32];
		fill(values, 64, 10, 4, 50, 12, 0.9f);
		fill(values, 64, 10, 20, 50, 28, 0.4f);
		ProbabilityMap map = new ProbabilityMap(values, 64, 32, 0.5, 0.5);
		List<TextQuad> quads = new DbPostProcessor(0.3f, 0.6f, 1.5f).regions(map, 128, 64);
		assertThat(quads).hasSize(1);
		TextQuad quad = quads.getFirst();
		// 40 x 8 map pixels grown by 40*8*1.5/96 = 5 on each side, times 2
		assertThat(quad.left()).isCloseTo(10, offset(1.0));
		assertThat(quad.right()).isCloseTo(110, offset(1.0));
		assertThat(quad.top()).isCloseTo(0, offset(1.0));
		assertThat(quad.bottom()).isCloseTo(34, offset(1.0));
		assertThat(quad.score()).isCloseTo(0.9f, offset(0.001f));
	}

	@Test
	void readingOrderGoesByRowsThenLeftToRight() {
		RecognizedLine right = new RecognizedLine("right", 300, 12, 100, 20, 1f);
		RecognizedLine left = new RecognizedLine("left", 10, 10, 100, 20, 1f);
		RecognizedLine below = new RecognizedLine("below", 10, 50, 100, 20, 1f);
		assertThat(ReadingOrder.sort(List.of(below, right, left))).containsExactly(left, right, below);
	}

	@Test
	void joinerPutsSpacesBetweenWordsButNotBetweenChineseCharacters() {
		StringBuilder text = new StringBuilder("总金额");
		LineJoiner.append(text, "为一千元");
		LineJoiner.append(text, "EUR");
		LineJoiner.append(text, "1,250");
		assertThat(text).hasToString("总金额为一千元 EUR 1,250");
	}

	@Test
	void tesseractTsvBecomesLines() {
		List<String> tsv = List.of(
				"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
				"5\t1\t1\t1\t1\t1\t10\t20\t50\t15\t96\tInvoice", "5\t1\t1\t1\t1\t2\t70\t21\t40\t15\t90\t4711",
				"5\t1\t1\t1\t2\t1\t10\t50\t30\t15\t20\tnoise", "5\t1\t2\t1\t1\t1\t10\t90\t20\t20\t95\t总",
				"5\t1\t2\t1\t1\t2\t30\t90\t20\t20\t93\t额");
		List<RecognizedLine> lines = TesseractRecognizer.TesseractTsv.lines(tsv, 0.5f);
		assertThat(lines).extracting(RecognizedLine::text).containsExactly("Invoice 4711", "总额");
		assertThat(lines.getFirst())
			.extracting(RecognizedLine::left, RecognizedLine::top, RecognizedLine::width, RecognizedLine::height)
			.containsExactly(10, 20, 100, 16);
	}

	private static void fill(float[] values, int width, int x0, int y0, int x1, int y1, float value) {
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				values[y * width + x] = value;
			}
		}
	}

}
