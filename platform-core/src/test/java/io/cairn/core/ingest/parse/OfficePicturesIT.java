package io.cairn.core.ingest.parse;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.PictureDocuments;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.TesseractCliRecognizer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** OCR of pictures in Word and PowerPoint files, through the real Tesseract engine. */
class OfficePicturesIT {

	private static final TikaDocumentParser PARSER = new TikaDocumentParser(
			OcrSettings.defaults(new TesseractCliRecognizer()));

	@TempDir
	Path dir;

	@BeforeAll
	static void tesseractInstalled() {
		assumeThat(TesseractCliRecognizer.available()).as("tesseract installed").isTrue();
	}

	@Test
	void readsTheWordsOfAPictureInAWordDocument() throws IOException {
		byte[] docx = PictureDocuments.docx("The warehouse inventory is summarised below.",
				ScanFixtures.wordsImage(520, 160, Color.WHITE, "PALLETS IN STOCK", "NINETY SEVEN"));

		RecordingSink sink = parse(docx, SupportedMediaTypes.DOCX, 1);

		assertThat(sink.texts(ElementKind.TEXT)).contains("The warehouse inventory is summarised below.");
		assertThat(String.join(" ", sink.texts(ElementKind.IMAGE_TEXT))).contains("PALLETS").contains("NINETY");
		assertThat(sink.assets).singleElement().satisfies((asset) -> {
			assertThat(asset.kind()).isEqualTo(AssetKind.FIGURE);
			assertThat(asset.page()).isEqualTo(1);
			assertThat(asset.box()).isNull();
		});
		assertThat(sink.ofKind(ElementKind.IMAGE_TEXT)).allMatch((e) -> "fig-1-1".equals(e.asset()));
	}

	@Test
	void readsAPictureOnASlideWithItsBoxAndNumbersElementsInSlideOrder() throws IOException {
		Rectangle2D anchor = new Rectangle2D.Double(360, 200, 300, 100);
		byte[] pptx = PictureDocuments.pptx(
				ScanFixtures.wordsImage(600, 200, Color.WHITE, "LATENCY BUDGET", "EIGHTY MILLISECONDS"), anchor,
				"Roadmap overview", "Performance targets", "Next steps");

		RecordingSink sink = parse(pptx, SupportedMediaTypes.PPTX, 1);

		List<Element> read = sink.ofKind(ElementKind.IMAGE_TEXT);
		assertThat(read).isNotEmpty().allMatch((e) -> e.page() == 3);
		assertThat(String.join(" ", sink.texts(ElementKind.IMAGE_TEXT))).contains("LATENCY").contains("EIGHTY");
		MediaAsset asset = sink.assets.getFirst();
		assertThat(asset.page()).isEqualTo(3);
		assertThat(asset.box().x()).isCloseTo(PictureDocuments.slideBox(anchor).x(), Offset.offset(0.01));
		assertThat(asset.box().y()).isCloseTo(PictureDocuments.slideBox(anchor).y(), Offset.offset(0.01));
		assertThat(read.getFirst().box()).isEqualTo(asset.box());
		assertThat(sink.elements).extracting(Element::ordinal).isSorted().doesNotHaveDuplicates();

		RecordingSink resumed = parse(pptx, SupportedMediaTypes.PPTX, 3);
		assertThat(resumed.elements).isEqualTo(sink.elements.stream().filter((e) -> e.page() == 3).toList());
	}

	private RecordingSink parse(byte[] content, String mediaType, int firstPage) throws IOException {
		Path file = Files.write(Files.createTempFile(this.dir, "doc", ".bin"), content);
		RecordingSink sink = new RecordingSink();
		PARSER.parse(file, mediaType, ParseLimits.defaults(), firstPage, sink);
		return sink;
	}

}
