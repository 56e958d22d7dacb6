package io.cairn.api;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAssetRepository;
import io.cairn.core.media.ScanFixtures;
import io.cairn.encoders.image.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Image files through the whole service: upload and folder import, OCR with the bundled
 * PP-OCRv4 models, page image stored, text searchable, answers cite the region of the
 * image; bombs refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
class ImageIngestIT {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	MediaAssetRepository assets;

	ApiClient api;

	@TempDir
	static Path importRoot;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", () -> dataDir.toString());
		registry.add("cairn.import.roots", () -> importRoot.toString());
	}

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void scannedNoteIsReadStoredAndFound() throws IOException {
		Response created = this.api.postJson("/api/collections", Map.of("name", "scans", "profile", "general"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		byte[] png = png(List.of("Maintenance log for pump station seven", "The impeller was replaced in June"));
		Response accepted = this.api.upload("/api/collections/scans/documents", "note.png", png, Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long id = accepted.json().get("document").get("id").asLong();
		this.api.awaitReady("scans", id);

		JsonNode document = this.api.get("/api/collections/scans/documents/" + id).json();
		assertThat(document.get("mediaType").asString()).isEqualTo("image/png");
		List<MediaAsset> stored = this.assets.findByDocument(id);
		assertThat(stored).singleElement().satisfies((asset) -> {
			assertThat(asset.kind()).isEqualTo(AssetKind.PAGE_IMAGE);
			assertThat(asset.page()).isEqualTo(1);
		});

		Response search = this.api.postJson("/api/collections/scans/search",
				Map.of("query", "when was the impeller replaced", "topK", 3));
		assertThat(search.status()).as(search.toString()).isEqualTo(200);
		assertThat(search.json().get("results").get(0).get("text").asString()).containsIgnoringCase("impeller");
	}

	@Test
	void aFolderOfChartImagesIsImportedAndAnswersCiteTheChartRegion() throws IOException {
		this.api.postJson("/api/collections", Map.of("name", "charts", "profile", "finance"));
		Path folder = Files.createDirectories(importRoot.resolve("charts"));
		Files.write(folder.resolve("revenue.png"),
				png(List.of("Quarterly revenue by region", "Northern region revenue rose to 412 million")));
		Files.write(folder.resolve("staff.png"),
				png(List.of("Headcount by department", "Laboratory staff grew to 86 technicians")));
		Files.write(folder.resolve("energy.png"),
				png(List.of("Energy use per site", "The Lisbon plant used 7.2 gigawatt hours")));

		Response imported = this.api.postJson("/api/collections/charts/imports", Map.of("path", folder.toString()));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
		assertThat(imported.json().get("accepted").asInt()).isEqualTo(3);
		for (JsonNode file : imported.json().get("files")) {
			this.api.awaitReady("charts", file.get("documentId").asLong());
		}

		JsonNode answer = this.api
			.postJson("/api/collections/charts/answers",
					Map.of("question", "How many technicians did the laboratory staff grow to?"))
			.json();
		assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("answered");
		JsonNode citation = answer.get("citations").get(0);
		assertThat(citation.get("documentTitle").asString()).contains("staff");
		JsonNode region = citation.get("location").get("regions").get(0);
		assertThat(region.get("asset").asString()).isNotBlank();
		JsonNode box = region.get("box");
		// the box holds the cited line (baseline at 120 of 260 pixels), not the whole
		// image
		double top = box.get("y").asDouble();
		double bottom = top + box.get("height").asDouble();
		assertThat(top).isLessThan(0.36);
		assertThat(bottom).isGreaterThan(0.46).isLessThan(0.8);
		assertThat(box.get("x").asDouble() + box.get("width").asDouble()).isLessThanOrEqualTo(1.0);

		String imageUrl = region.get("imageUrl").asString();
		ApiClient.Image whole = this.api.getImage(imageUrl);
		assertThat(whole.status()).as(whole.text()).isEqualTo(200);
		assertThat(whole.image().getWidth()).isEqualTo(900);
		String crop = String.format(java.util.Locale.ROOT, "%s?crop=%.4f,%.4f,%.4f,%.4f", imageUrl,
				box.get("x").asDouble(), box.get("y").asDouble(), box.get("width").asDouble(),
				box.get("height").asDouble());
		ApiClient.Image cropped = this.api.getImage(crop);
		assertThat(cropped.status()).as(cropped.text()).isEqualTo(200);
		assertThat(cropped.image().getWidth()).isLessThan(900);
	}

	@Test
	void aScannedPdfIsReadAndAnswersCiteTheRegionOnItsPageImage() {
		this.api.postJson("/api/collections", Map.of("name", "scanned"));
		byte[] scan = ScanFixtures.scannedCopy(
				ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO), List.of(List.of(), List.of())),
				150);
		Response accepted = this.api.upload("/api/collections/scanned/documents", "cranes-scan.pdf", scan, Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long id = accepted.json().get("document").get("id").asLong();
		this.api.awaitReady("scanned", id);
		assertThat(this.assets.findByDocument(id)).extracting(MediaAsset::kind)
			.containsExactly(AssetKind.PAGE_IMAGE, AssetKind.PAGE_IMAGE);

		JsonNode answer = this.api
			.postJson("/api/collections/scanned/answers",
					Map.of("question", "What was the total spend on spare parts?"))
			.json();
		assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("answered");
		assertThat(answer.get("answer").asString()).containsIgnoringCase("forty thousand");
		JsonNode citation = answer.get("citations").get(0);
		assertThat(citation.get("pageEnd").asInt()).isEqualTo(2);
		// narrowed to the cited sentence's paragraph, though the chunk covers both pages
		JsonNode regions = citation.get("location").get("regions");
		assertThat(regions).as(regions.toString()).hasSize(1);
		JsonNode region = regions.get(0);
		assertThat(region.get("page").asInt()).isEqualTo(2);
		// the scanned page's stored image, not a rendering of the PDF
		assertThat(region.get("imageUrl").asString()).contains("/assets/");
		Box expected = ScanFixtures.lineBox(1, ScanFixtures.PAGE_TWO.get(1));
		JsonNode box = region.get("box");
		double top = box.get("y").asDouble();
		assertThat(top).isLessThanOrEqualTo(expected.y() + 0.01);
		assertThat(top + box.get("height").asDouble()).isGreaterThanOrEqualTo(expected.y() + expected.height() - 0.01);
		assertThat(this.api.getImage(region.get("imageUrl").asString()).status()).isEqualTo(200);
	}

	@Test
	void aDecompressionBombIsRefusedAtUploadWithAProblemAndNothingStored() {
		this.api.postJson("/api/collections", Map.of("name", "bombs"));
		Response rejected = this.api.upload("/api/collections/bombs/documents", "huge.png",
				TestImages.pngBomb(100_000, 100_000), Map.of());

		// checked from the header at upload: nothing is stored
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(413);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.json().get("type").asString()).isEqualTo("urn:cairn:problem:document-archive-bomb");
		assertThat(rejected.json().get("detail").asString()).contains("100000 x 100000", "cairn.ocr.max-pixels");
		assertThat(this.api.get("/api/collections/bombs").json().get("documents").asLong()).isZero();
	}

	private static byte[] png(List<String> lines) throws IOException {
		BufferedImage image = new BufferedImage(900, 260, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		for (int i = 0; i < lines.size(); i++) {
			g.drawString(lines.get(i), 40, 70 + i * 50);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
