package io.cairn.core.ingest.parse;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.ScanFixtures.Figure;
import io.cairn.core.media.TesseractCliRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A figure without words (a photo, a diagram of shapes) is kept as a FIGURE asset when an
 * image model will see it, still deduplicated and capped, and dropped otherwise; it never
 * yields text elements. Real Tesseract reads the figures.
 */
class WordlessFigureIT {

	private static final TesseractCliRecognizer OCR = new TesseractCliRecognizer();

	@TempDir
	Path dir;

	@BeforeAll
	static void tesseractInstalled() {
		assumeThat(TesseractCliRecognizer.available()).as("tesseract installed").isTrue();
	}

	@Test
	void aWordlessFigureIsKeptOnlyForAnImageModel() throws IOException {
		BufferedImage photo = shapes(new Color(0x2060C0), new Color(0xF0C020));
		// the same photo on both pages: kept once
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO),
				List.of(List.of(new Figure(photo, 72, 300, 200, 130)), List.of(new Figure(photo, 72, 300, 200, 130))));
		OcrSettings defaults = OcrSettings.defaults(OCR);

		RecordingSink kept = parse(pdf, defaults.keepingWordlessFigures(true));
		assertThat(kept.assets).singleElement().satisfies((asset) -> {
			assertThat(asset.kind()).isEqualTo(AssetKind.FIGURE);
			assertThat(asset.key()).isEqualTo("fig-1-1");
			assertThat(asset.page()).isEqualTo(1);
			assertThat(asset.box()).isNotNull();
		});
		assertThat(kept.ofKind(ElementKind.IMAGE_TEXT)).as("nothing to cite").isEmpty();
		assertThat(kept.notes).anyMatch((n) -> n.startsWith("1 repeated image(s)"));

		RecordingSink dropped = parse(pdf, defaults);
		assertThat(dropped.assets).isEmpty();
		assertThat(dropped.texts(ElementKind.TEXT)).isEqualTo(kept.texts(ElementKind.TEXT));
	}

	@Test
	void flatFiguresOfDifferentColoursAreNotTakenForRepeats() throws IOException {
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO),
				List.of(List.of(new Figure(ScanFixtures.flatImage(300, 200, Color.RED), 72, 300, 200, 130)),
						List.of(new Figure(ScanFixtures.flatImage(300, 200, Color.BLUE), 72, 300, 200, 130),
								new Figure(ScanFixtures.flatImage(300, 200, new Color(0x1010F0)), 72, 450, 200, 130))));

		RecordingSink sink = parse(pdf, OcrSettings.defaults(OCR).keepingWordlessFigures(true));

		assertThat(sink.assets).extracting(MediaAsset::key).containsExactly("fig-1-1", "fig-2-1");
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("1 repeated image(s)"));
	}

	@Test
	void keptWordlessFiguresCountAgainstTheFigureCap() throws IOException {
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO),
				List.of(List.of(new Figure(shapes(new Color(0x2060C0), new Color(0xF0C020)), 72, 300, 200, 130)),
						List.of(new Figure(shapes(new Color(0xC02020), new Color(0x20A040)), 72, 300, 130, 200))));
		OcrSettings oneFigure = new OcrSettings(OCR, 200, 12_000_000L, 40_000_000L, 64, 8_000L, 1, 0.8, true);

		RecordingSink sink = parse(pdf, oneFigure);

		assertThat(sink.assets).extracting(MediaAsset::key).containsExactly("fig-1-1");
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("1 image(s) were not read"));
	}

	/** A picture of shapes on a gradient: nothing for OCR to read. */
	private static BufferedImage shapes(Color from, Color to) {
		BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, from, 300, 200, to));
		g.fillRect(0, 0, 300, 200);
		g.setColor(to.darker());
		g.fillOval(60, 40, 120, 120);
		g.setColor(from.brighter());
		g.fillRect(190, 80, 80, 90);
		g.dispose();
		return image;
	}

	private RecordingSink parse(byte[] pdf, OcrSettings settings) throws IOException {
		RecordingSink sink = new RecordingSink();
		Path file = Files.write(Files.createTempFile(this.dir, "doc", ".pdf"), pdf);
		new PdfBoxDocumentParser(settings).parse(file, SupportedMediaTypes.PDF, ParseLimits.defaults(), 1, sink);
		return sink;
	}

}
