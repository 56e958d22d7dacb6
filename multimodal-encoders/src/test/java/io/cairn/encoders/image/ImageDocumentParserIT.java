package io.cairn.encoders.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.RejectionReason;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.encoders.ocr.OcrOptions;
import io.cairn.encoders.ocr.PpOcrEngine;
import io.cairn.encoders.ocr.RenderedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.offset;

/** Image files through the real PP-OCRv4 models. */
class ImageDocumentParserIT {

	private static final long MAX_PIXELS = 40_000_000L;

	private static PpOcrEngine engine;

	private static ImageDocumentParser parser;

	@BeforeAll
	static void load() {
		engine = PpOcrEngine.fromClasspath(OcrOptions.defaults());
		parser = new ImageDocumentParser(engine, MAX_PIXELS);
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void pngBecomesOnePageWithParagraphsBoxesAndThePageImage() {
		List<String> lines = List.of("Cairn reads scanned pages", "and keeps their images", "", "", "",
				"Second paragraph starts here");
		RenderedText page = RenderedText.page(lines, RenderedText.latin(26), 800, 600);
		CollectingSink sink = parse(TestImages.encode(page.image(), "png"), SupportedMediaTypes.PNG);

		assertThat(sink.pageCount).isEqualTo(1);
		assertThat(sink.pages).containsExactly(1);
		MediaAsset asset = sink.assets.getFirst();
		assertThat(asset.kind()).isEqualTo(AssetKind.PAGE_IMAGE);
		assertThat(asset.mediaType()).isEqualTo("image/png");
		assertThat(asset.width()).isEqualTo(800);
		assertThat(sink.elements).hasSize(2).allSatisfy((e) -> {
			assertThat(e.kind()).isEqualTo(ElementKind.IMAGE_TEXT);
			assertThat(e.asset()).isEqualTo(asset.key());
		});
		Element first = sink.elements.get(0);
		assertThat(RenderedText.cer("Cairnreadsscannedpagesandkeepstheirimages", RenderedText.squeeze(first.text())))
			.as(first.text())
			.isLessThan(0.05);
		assertThat(RenderedText.squeeze(sink.elements.get(1).text())).contains("Secondparagraph");
		// the first paragraph's box covers its two drawn lines
		Box box = first.box();
		assertThat(box).isNotNull();
		Rectangle drawn = page.boxes().get(0).union(page.boxes().get(1));
		assertThat(box.y() * 600).isCloseTo(drawn.y, offset(12.0));
		assertThat((box.y() + box.height()) * 600).isCloseTo(drawn.y + drawn.height, offset(12.0));
		assertThat(box.x() * 800).isCloseTo(drawn.x, offset(12.0));
	}

	@Test
	void multiPageTiffGivesOnePagePerFrame() {
		List<BufferedImage> frames = List.of("First page alpha", "Second page bravo", "Third page charlie")
			.stream()
			.map((text) -> RenderedText.page(List.of(text), RenderedText.latin(28), 600, 200).image())
			.toList();
		CollectingSink sink = parse(TestImages.tiff(frames), SupportedMediaTypes.TIFF);

		assertThat(sink.pageCount).isEqualTo(3);
		assertThat(sink.pages).containsExactly(1, 2, 3);
		assertThat(sink.assets).extracting(MediaAsset::page).containsExactly(1, 2, 3);
		assertThat(text(sink.onPage(1))).containsIgnoringCase("alpha");
		assertThat(text(sink.onPage(2))).containsIgnoringCase("bravo");
		assertThat(text(sink.onPage(3))).containsIgnoringCase("charlie");
		assertThat(sink.elements).extracting(Element::ordinal).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void jpegPageImageStaysJpeg() {
		RenderedText page = RenderedText.page(List.of("A photographed receipt"), RenderedText.latin(30), 640, 160);
		CollectingSink sink = parse(TestImages.encode(page.image(), "jpeg"), SupportedMediaTypes.JPEG);
		assertThat(sink.assets.getFirst().mediaType()).isEqualTo("image/jpeg");
		assertThat(text(sink.elements)).containsIgnoringCase("receipt");
	}

	@Test
	void decompressionBombIsRejectedFromItsHeader() {
		byte[] bomb = TestImages.pngBomb(100_000, 100_000);
		assertThat(bomb.length).isLessThan(100);
		long start = System.nanoTime();
		assertRejected(bomb, SupportedMediaTypes.PNG, RejectionReason.ARCHIVE_BOMB, "100000 x 100000");
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
	}

	@Test
	void tiffBombIsRejectedFromItsHeader() {
		byte[] bomb = TestImages.tiffBomb(100_000, 100_000);
		assertThat(bomb.length).isLessThan(200);
		assertRejected(bomb, SupportedMediaTypes.TIFF, RejectionReason.ARCHIVE_BOMB, "100000 x 100000");
	}

	@Test
	void truncatedJpegIsRejectedAsCorrupt() {
		RenderedText page = RenderedText.page(List.of("Truncated upload"), RenderedText.latin(30), 640, 480);
		byte[] jpeg = TestImages.encode(page.image(), "jpeg");
		assertRejected(Arrays.copyOf(jpeg, jpeg.length / 2), SupportedMediaTypes.JPEG, RejectionReason.CORRUPT,
				"incomplete");
	}

	@Test
	void garbageIsRejectedAsCorrupt() {
		assertRejected("not an image at all".getBytes(), SupportedMediaTypes.PNG, RejectionReason.CORRUPT, "PNG");
	}

	@Test
	void blankImageEndsWithNoTextAndANote() {
		RenderedText blank = RenderedText.page(List.of(), RenderedText.latin(20), 640, 480);
		CollectingSink sink = new CollectingSink();
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> parser.parse(new ByteArrayInputStream(TestImages.encode(blank.image(), "png")),
					SupportedMediaTypes.PNG, ParseLimits.defaults(), 1, sink))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.NO_TEXT));
		assertThat(sink.pages).containsExactly(1);
		assertThat(sink.assets).hasSize(1);
		assertThat(sink.notes).singleElement().asString().contains("found no text");
	}

	@Test
	void withoutOcrTheImageIsKeptWithANote() {
		RenderedText page = RenderedText.page(List.of("Unread"), RenderedText.latin(30), 320, 120);
		CollectingSink sink = new CollectingSink();
		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> new ImageDocumentParser(null, MAX_PIXELS).parse(
					new ByteArrayInputStream(TestImages.encode(page.image(), "bmp")), SupportedMediaTypes.BMP,
					ParseLimits.defaults(), 1, sink))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.NO_TEXT));
		assertThat(sink.assets).hasSize(1);
		assertThat(sink.notes).singleElement().asString().contains("OCR is disabled");
	}

	private static CollectingSink parse(byte[] file, String mediaType) {
		CollectingSink sink = new CollectingSink();
		parser.parse(new ByteArrayInputStream(file), mediaType, ParseLimits.defaults(), 1, sink);
		return sink;
	}

	private static void assertRejected(byte[] file, String mediaType, RejectionReason reason, String message) {
		assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(() -> parse(file, mediaType))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason))
			.withMessageContaining(message);
	}

	private static String text(List<Element> elements) {
		return elements.stream().map(Element::text).collect(Collectors.joining(" "));
	}

}
