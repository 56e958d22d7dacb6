package io.cairn.api;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.MediaAssetRepository;
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
 * An image file through the whole service: upload, OCR with the bundled PP-OCRv4 models,
 * page image stored, text searchable.
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

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", () -> dataDir.toString());
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
