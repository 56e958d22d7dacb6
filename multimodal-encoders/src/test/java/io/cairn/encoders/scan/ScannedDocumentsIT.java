package io.cairn.encoders.scan;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.OcrSettings;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.PictureDocuments;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.ScanFixtures.Figure;
import io.cairn.encoders.ocr.OcrOptions;
import io.cairn.encoders.ocr.PpOcrEngine;
import io.cairn.encoders.ocr.RenderedText;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scanned PDFs and pictures in PDF, Word and PowerPoint files, read through the parsers
 * with the real PP-OCRv4 engine.
 */
class ScannedDocumentsIT {

	private static PpOcrEngine engine;

	private static DocumentParsers parsers;

	@TempDir
	Path dir;

	@BeforeAll
	static void load() {
		engine = PpOcrEngine.fromClasspath(OcrOptions.defaults());
		parsers = DocumentParsers.withOcr(OcrSettings.defaults(engine));
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void aScannedCopyReadsLikeTheTextLayerWithBoxesAtTheLines() throws IOException {
		byte[] text = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO), List.of());
		byte[] scan = ScanFixtures.scannedCopy(text, 150);

		Sink fromText = parse(text, SupportedMediaTypes.PDF);
		Sink fromScan = parse(scan, SupportedMediaTypes.PDF);

		assertThat(fromText.ofKind(ElementKind.IMAGE_TEXT)).isEmpty();
		assertThat(fromScan.ofKind(ElementKind.TEXT)).isEmpty();
		for (int page = 1; page <= 2; page++) {
			String layer = fromText.textOf(page, ElementKind.TEXT);
			String read = fromScan.textOf(page, ElementKind.IMAGE_TEXT);
			assertThat(RenderedText.cer(RenderedText.squeeze(layer), RenderedText.squeeze(read))).as(read)
				.isLessThan(0.03);
		}
		Element pump = fromScan.ofKind(ElementKind.IMAGE_TEXT)
			.stream()
			.filter((e) -> e.text().contains("hydraulic"))
			.findFirst()
			.orElseThrow();
		Box line = ScanFixtures.lineBox(1, ScanFixtures.PAGE_ONE.get(1));
		assertThat(pump.asset()).isEqualTo("page-1");
		assertThat(pump.box().x()).isCloseTo(line.x(), Offset.offset(0.02));
		assertThat(pump.box().y()).isLessThanOrEqualTo(line.y() + 0.01);
		assertThat(pump.box().y() + pump.box().height()).isGreaterThanOrEqualTo(line.y() + line.height() - 0.01);
		assertThat(fromScan.assets).extracting(MediaAsset::kind)
			.containsExactly(AssetKind.PAGE_IMAGE, AssetKind.PAGE_IMAGE);
	}

	@Test
	void fullWidthLinesOfA200DpiScanKeepTheirWords() throws IOException {
		// 12-pt lines across the page are about 20 times wider than high at 200 dpi; the
		// direction classifier once turned such lines upside down and lost their facts.
		List<String> lines = List.of("The inspection code of pump station Veldmora is 4471-K. Operators walked the",
				"site twice per shift. Pump station Sarkinlo moves 2,340 cubic metres of water per",
				"hour. The chief engineer at pump station Brodorven is Greta Kowalski. Water levels",
				"stayed within the expected range. Pump station Telmaris was commissioned in 1968.");
		byte[] scan = ScanFixtures.scannedCopy(ScanFixtures.pdf(List.of(lines), List.of()), 200);

		String read = parse(scan, SupportedMediaTypes.PDF).textOf(1, ElementKind.IMAGE_TEXT);

		List<String> missing = new ArrayList<>(List.of(String.join(" ", lines).split(" ")));
		for (String word : read.split("\\s+")) {
			missing.remove(word);
		}
		assertThat(missing).as(read).hasSizeLessThanOrEqualTo(1);
		assertThat(read).contains("4471-K", "2,340", "Greta Kowalski", "1968");
	}

	@Test
	void wordsOnlyInAFigureAreFoundWithTheFiguresBox() throws IOException {
		Figure chart = ScanFixtures.turbineChart();
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE), List.of(List.of(chart)));

		Sink sink = parse(pdf, SupportedMediaTypes.PDF);

		assertThat(sink.textOf(1, ElementKind.TEXT)).doesNotContain("TURBINE");
		assertThat(sink.textOf(1, ElementKind.IMAGE_TEXT)).contains("TURBINE").contains("NOON");
		assertThat(sink.ofKind(ElementKind.IMAGE_TEXT)).allSatisfy((e) -> {
			assertThat(e.asset()).isEqualTo("fig-1-1");
			assertNear(e.box(), chart.box());
		});
		assertThat(sink.assets).singleElement().extracting(MediaAsset::kind).isEqualTo(AssetKind.FIGURE);
	}

	@Test
	void theSameLogoOnEveryPageIsKeptOnce() throws IOException {
		BufferedImage logo = ScanFixtures.wordsImage(400, 120, Color.WHITE, "NORDHAVN PORTS");
		List<Figure> onPage = List.of(new Figure(logo, 400, 20, 150, 45));
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO, ScanFixtures.PAGE_ONE),
				List.of(onPage, onPage, onPage));

		Sink sink = parse(pdf, SupportedMediaTypes.PDF);

		assertThat(sink.assets).singleElement().satisfies((asset) -> {
			assertThat(asset.page()).isEqualTo(1);
			assertThat(asset.perceptualHash()).isNotZero();
		});
		assertThat(sink.textOf(1, ElementKind.IMAGE_TEXT)).contains("NORDHAVN");
		assertThat(sink.notes).anyMatch((n) -> n.startsWith("2 repeated image(s)"));
	}

	@Test
	void picturesInWordAndPowerPointFilesAreRead() throws IOException {
		byte[] docx = PictureDocuments.docx("The warehouse inventory is summarised below.",
				ScanFixtures.wordsImage(520, 160, Color.WHITE, "PALLETS IN STOCK", "NINETY SEVEN"));
		Rectangle2D anchor = new Rectangle2D.Double(360, 200, 300, 100);
		byte[] pptx = PictureDocuments.pptx(
				ScanFixtures.wordsImage(600, 200, Color.WHITE, "LATENCY BUDGET", "EIGHTY MILLISECONDS"), anchor,
				"Roadmap overview", "Performance targets");

		Sink word = parse(docx, SupportedMediaTypes.DOCX);
		Sink slides = parse(pptx, SupportedMediaTypes.PPTX);

		assertThat(word.textOf(1, ElementKind.IMAGE_TEXT)).contains("PALLETS").contains("NINETY");
		assertThat(slides.textOf(2, ElementKind.IMAGE_TEXT)).contains("LATENCY").contains("MILLISECONDS");
		Box onSlide = PictureDocuments.slideBox(anchor);
		assertThat(slides.ofKind(ElementKind.IMAGE_TEXT)).allSatisfy((e) -> assertNear(e.box(), onSlide));
	}

	private static void assertNear(Box actual, Box expected) {
		assertThat(actual).isNotNull();
		Offset<Double> near = Offset.offset(0.01);
		assertThat(actual.x()).isCloseTo(expected.x(), near);
		assertThat(actual.y()).isCloseTo(expected.y(), near);
		assertThat(actual.width()).isCloseTo(expected.width(), near);
		assertThat(actual.height()).isCloseTo(expected.height(), near);
	}

	private Sink parse(byte[] content, String mediaType) throws IOException {
		Path file = Files.write(Files.createTempFile(this.dir, "doc", ".bin"), content);
		Sink sink = new Sink();
		DocumentParser parser = parsers.forMediaType(mediaType);
		parser.parse(file, mediaType, ParseLimits.defaults(), 1, sink);
		return sink;
	}

	/** Keeps what the parser delivers. */
	private static final class Sink implements PageSink {

		final List<Element> elements = new ArrayList<>();

		final List<MediaAsset> assets = new ArrayList<>();

		final List<String> notes = new ArrayList<>();

		@Override
		public void pageCount(int total) {
		}

		@Override
		public void page(int pageNumber, List<Element> pageElements) {
			this.elements.addAll(pageElements);
		}

		@Override
		public void page(int pageNumber, List<Element> pageElements, List<MediaAsset> pageAssets) {
			this.elements.addAll(pageElements);
			this.assets.addAll(pageAssets);
		}

		@Override
		public void note(String note) {
			this.notes.add(note);
		}

		List<Element> ofKind(ElementKind kind) {
			return this.elements.stream().filter((e) -> e.kind() == kind).toList();
		}

		String textOf(int page, ElementKind kind) {
			return String.join(" ", ofKind(kind).stream().filter((e) -> e.page() == page).map(Element::text).toList());
		}

	}

}
