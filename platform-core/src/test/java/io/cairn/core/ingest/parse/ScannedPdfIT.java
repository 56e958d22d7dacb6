package io.cairn.core.ingest.parse;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.PerceptualHash;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.ScanFixtures.Figure;
import io.cairn.core.media.TesseractCliRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * OCR of scanned PDF pages and embedded figures through the real Tesseract engine (the
 * command line of Debian's tesseract-ocr).
 */
class ScannedPdfIT {

	private static final TesseractCliRecognizer OCR = new TesseractCliRecognizer();

	@TempDir
	Path dir;

	@BeforeAll
	static void tesseractInstalled() {
		assumeThat(TesseractCliRecognizer.available()).as("tesseract installed").isTrue();
	}

	@Test
	void readsScannedPagesWithParagraphBoxesAndKeepsThePageImages() throws IOException {
		byte[] text = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO), List.of());
		byte[] scan = ScanFixtures.scannedCopy(text, 150);

		RecordingSink sink = parse(scan, new PdfBoxDocumentParser(OCR), ParseLimits.defaults(), 1);

		assertThat(sink.pages).containsExactly(1, 2);
		List<Element> read = sink.ofKind(ElementKind.IMAGE_TEXT);
		String pageOne = String.join(" ", read.stream().filter((e) -> e.page() == 1).map(Element::text).toList());
		assertThat(errorRate(pageOne, String.join(" ", ScanFixtures.PAGE_ONE))).isLessThan(0.05);
		Element pump = read.stream().filter((e) -> e.text().contains("hydraulic")).findFirst().orElseThrow();
		assertThat(pump.asset()).isEqualTo("page-1");
		assertThat(pump.box()).isNotNull();
		Box line = ScanFixtures.lineBox(1, ScanFixtures.PAGE_ONE.get(1));
		assertThat(pump.box().x()).isCloseTo(line.x(), org.assertj.core.data.Offset.offset(0.02));
		assertThat(pump.box().y()).isLessThanOrEqualTo(line.y() + 0.01);
		assertThat(pump.box().y() + pump.box().height()).isGreaterThanOrEqualTo(line.y() + line.height() - 0.01);
		assertThat(sink.assets).extracting(MediaAsset::key, MediaAsset::kind, MediaAsset::page)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("page-1", AssetKind.PAGE_IMAGE, 1),
					org.assertj.core.groups.Tuple.tuple("page-2", AssetKind.PAGE_IMAGE, 2));
		MediaAsset page = sink.assets.getFirst();
		assertThat(page.width()).isBetween(1600, 1800);
		assertThat(page.mediaType()).isEqualTo("image/jpeg");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(page.bytes())).getWidth())
			.isEqualTo(page.width());
	}

	@Test
	void withoutOcrAScanIsRejectedWithANote() throws IOException {
		byte[] scan = ScanFixtures
			.scannedCopy(ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO), List.of()), 100);
		RecordingSink sink = new RecordingSink();
		Path file = write(scan);

		assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(
				() -> new PdfBoxDocumentParser().parse(file, SupportedMediaTypes.PDF, ParseLimits.defaults(), 1, sink))
			.extracting(DocumentRejectedException::reason)
			.isEqualTo(RejectionReason.NO_TEXT);
		assertThat(sink.notes).singleElement().asString().contains("2 page(s)").contains("OCR is disabled");
	}

	@Test
	void readsWordsThatExistOnlyInAFigureWithTheFiguresBox() throws IOException {
		Figure chart = ScanFixtures.turbineChart();
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE), List.of(List.of(chart)));

		RecordingSink sink = parse(pdf, new PdfBoxDocumentParser(OCR), ParseLimits.defaults(), 1);

		assertThat(sink.texts(ElementKind.TEXT)).anyMatch((t) -> t.contains("hydraulic pump"));
		Element figure = sink.ofKind(ElementKind.IMAGE_TEXT).getFirst();
		assertThat(String.join(" ", sink.texts(ElementKind.IMAGE_TEXT))).contains("TURBINE").contains("NOON");
		assertThat(figure.asset()).isEqualTo("fig-1-1");
		assertBoxNear(figure.box(), chart.box());
		MediaAsset asset = sink.assets.getFirst();
		assertThat(asset.kind()).isEqualTo(AssetKind.FIGURE);
		assertBoxNear(asset.box(), chart.box());
		assertThat(asset.perceptualHash()).isEqualTo(PerceptualHash.dHash(chart.image()));
		assertThat(figure.ordinal()).isGreaterThan(sink.ofKind(ElementKind.TEXT).getLast().ordinal());
	}

	@Test
	void aLogoOnEveryPageIsReadOnce() throws IOException {
		BufferedImage logo = ScanFixtures.wordsImage(400, 120, Color.WHITE, "NORDHAVN PORTS");
		List<Figure> onPage = List.of(new Figure(logo, 400, 20, 150, 45));
		Figure icon = new Figure(ScanFixtures.wordsImage(40, 40, Color.WHITE, "x"), 300, 500, 30, 30);
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO, ScanFixtures.PAGE_ONE),
				List.of(onPage, List.of(new Figure(logo, 400, 20, 150, 45), icon), onPage));

		RecordingSink sink = parse(pdf, new PdfBoxDocumentParser(OCR), ParseLimits.defaults(), 1);

		assertThat(sink.assets).singleElement().extracting(MediaAsset::page).isEqualTo(1);
		assertThat(sink.ofKind(ElementKind.IMAGE_TEXT)).allMatch((e) -> e.page() == 1)
			.anyMatch((e) -> e.text().contains("NORDHAVN"));
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("2 repeated image(s)"));
	}

	@Test
	void ocrStopsAtItsBudgetAndSaysSo() throws IOException {
		BufferedImage chart = ScanFixtures.wordsImage(400, 120, Color.WHITE, "FIRST CHART");
		BufferedImage other = ScanFixtures.wordsImage(400, 160, Color.WHITE, "SECOND CHART", "OTHER WORDS");
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO),
				List.of(List.of(new Figure(chart, 72, 300, 200, 60)), List.of(new Figure(other, 72, 300, 200, 80))));
		OcrSettings oneFigure = new OcrSettings(OCR, 200, 12_000_000L, 40_000_000L, 64, 8_000L, 1, 0.8);

		RecordingSink sink = parse(pdf, new PdfBoxDocumentParser(oneFigure), ParseLimits.defaults(), 1);

		assertThat(sink.assets).singleElement().extracting(MediaAsset::key).isEqualTo("fig-1-1");
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("1 image(s) were not read"));
	}

	@Test
	void aResumedParseNumbersElementsAsTheFullParseDid() throws IOException {
		byte[] scan = ScanFixtures
			.scannedCopy(ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO), List.of()), 150);
		PdfBoxDocumentParser parser = new PdfBoxDocumentParser(OCR);

		List<Element> full = parse(scan, parser, ParseLimits.defaults(), 1).elements;
		RecordingSink resumed = parse(scan, parser, ParseLimits.defaults(), 2);

		assertThat(resumed.pages).containsExactly(2);
		assertThat(resumed.elements).isEqualTo(full.stream().filter((e) -> e.page() == 2).toList());
	}

	@Test
	void aScanThatNeedsMoreTimeThanTheParseHasIsCutShortWithANote() throws IOException {
		byte[] scan = ScanFixtures.scannedCopy(ScanFixtures
			.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO, ScanFixtures.PAGE_ONE), List.of()), 100);
		// 60 ms of OCR time: the first page is read, the others would wait too long.
		OcrSettings shortOfTime = new OcrSettings(OCR, 200, 12_000_000L, 40_000_000L, 64, 8_000L, 200, 0.0005);

		RecordingSink sink = parse(scan, new PdfBoxDocumentParser(shortOfTime), ParseLimits.defaults(), 1);

		assertThat(sink.pages).containsExactly(1, 2, 3);
		assertThat(sink.ofKind(ElementKind.IMAGE_TEXT)).isNotEmpty().allMatch((e) -> e.page() == 1);
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("2 scanned page(s) were not read"));
	}

	private static void assertBoxNear(Box actual, Box expected) {
		assertThat(actual).isNotNull();
		org.assertj.core.data.Offset<Double> near = org.assertj.core.data.Offset.offset(0.005);
		assertThat(actual.x()).isCloseTo(expected.x(), near);
		assertThat(actual.y()).isCloseTo(expected.y(), near);
		assertThat(actual.width()).isCloseTo(expected.width(), near);
		assertThat(actual.height()).isCloseTo(expected.height(), near);
	}

	/** Character error rate: edit distance over the expected text's length. */
	static double errorRate(String actual, String expected) {
		int[] previous = new int[expected.length() + 1];
		int[] current = new int[expected.length() + 1];
		for (int j = 0; j <= expected.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= actual.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= expected.length(); j++) {
				int substitution = previous[j - 1] + ((actual.charAt(i - 1) == expected.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return (double) previous[expected.length()] / expected.length();
	}

	private RecordingSink parse(byte[] pdf, PdfBoxDocumentParser parser, ParseLimits limits, int firstPage)
			throws IOException {
		RecordingSink sink = new RecordingSink();
		parser.parse(write(pdf), SupportedMediaTypes.PDF, limits, firstPage, sink);
		return sink;
	}

	private Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "doc", ".pdf"), pdf);
	}

}
