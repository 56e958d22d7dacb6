package io.cairn.api.images;

import java.awt.Color;
import java.awt.Graphics2D;
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
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.ScanFixtures.Figure;
import io.cairn.encoders.clip.testing.TinyClip;
import io.cairn.encoders.video.TestRecordings;
import io.cairn.encoders.video.TestRecordings.Slide;
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
 * With an image model configured, a PDF's figures without any words (read by the bundled
 * OCR engine, which finds none) are kept: image search finds each by its colour, and no
 * text element cites them. An image file or a video without words is kept the same way
 * instead of being rejected for having no text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open", "cairn.images.alignment=false" })
class WordlessFigureSearchIT {

	@LocalServerPort
	int port;

	@Autowired
	ElementRepository elements;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
		Path dir = TinyClip.write(Files.createTempDirectory("cairn-clip").resolve("model"), 8, 3L);
		registry.add("cairn.images.models-dir", dir::toString);
	}

	@Test
	void wordlessFiguresAreKeptAndFoundByImageSearch() {
		byte[] pdf = ScanFixtures.pdf(List.of(ScanFixtures.PAGE_ONE, ScanFixtures.PAGE_TWO),
				List.of(List.of(new Figure(picture(Color.BLUE, true), 72, 300, 200, 130)),
						List.of(new Figure(picture(Color.RED, false), 72, 300, 200, 130))));
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "photos"));
		Response accepted = api.upload("/api/collections/photos/documents", "report.pdf", pdf, Map.of());
		assertThat(accepted.status()).isEqualTo(202);
		long documentId = accepted.json().get("document").get("id").asLong();
		api.awaitReady("photos", documentId);

		assertThat(first(api, "a%20photo%20of%20blue").get("asset").asString()).isEqualTo("fig-1-1");
		JsonNode red = first(api, "a%20photo%20of%20red");
		assertThat(red.get("asset").asString()).isEqualTo("fig-2-1");
		assertThat(red.get("documentId").asLong()).isEqualTo(documentId);
		assertThat(red.get("page").asInt()).isEqualTo(2);
		assertThat(api.getImage("/api/collections/photos/documents/" + documentId + "/assets/fig-2-1").status())
			.isEqualTo(200);
		assertThat(this.elements.findByDocument(documentId)).extracting(Element::asset).containsOnlyNulls();
	}

	@Test
	void anImageFileWithoutWordsIsKeptForImageSearchInsteadOfRejected() throws IOException {
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "snapshots"));
		Response accepted = api.upload("/api/collections/snapshots/documents", "photo.png",
				png(picture(Color.GREEN, true)), Map.of());
		assertThat(accepted.status()).isEqualTo(202);
		long documentId = accepted.json().get("document").get("id").asLong();
		api.awaitReady("snapshots", documentId);

		JsonNode document = api.get("/api/collections/snapshots/documents/" + documentId).json();
		assertThat(document.get("status").asString()).isEqualTo("READY");
		assertThat(document.get("chunks").asInt()).isZero();
		assertThat(document.get("notes").toString()).contains("found no text").contains("kept for image search");
		JsonNode hit = api.get("/api/collections/snapshots/images/search?k=1&q=a%20photo%20of%20green")
			.json()
			.get("results")
			.get(0);
		assertThat(hit.get("documentId").asLong()).isEqualTo(documentId);
		assertThat(hit.get("asset").asString()).isEqualTo("page-1");
		assertThat(api.getImage("/api/collections/snapshots/documents/" + documentId + "/assets/page-1").status())
			.isEqualTo(200);
	}

	@Test
	void aVideoWithoutWordsIsKeptAndItsFramesAreFoundByImageSearch(@TempDir Path dir) throws Exception {
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "footage"));
		Path video = TestRecordings.slideShow(dir.resolve("sea.mp4"),
				List.of(new Slide("", Color.GREEN, 3), new Slide("", Color.BLUE, 3)), 5, null);
		Response accepted = api.upload("/api/collections/footage/documents", "sea.mp4", Files.readAllBytes(video),
				Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long documentId = accepted.json().get("document").get("id").asLong();
		api.awaitReady("footage", documentId);

		JsonNode document = api.get("/api/collections/footage/documents/" + documentId).json();
		assertThat(document.get("chunks").asInt()).isZero();
		assertThat(document.get("notes").toString()).contains("kept for image search only");
		JsonNode hit = api.get("/api/collections/footage/images/search?k=1&q=a%20photo%20of%20blue")
			.json()
			.get("results")
			.get(0);
		assertThat(hit.get("documentId").asLong()).isEqualTo(documentId);
		assertThat(hit.get("asset").asString()).startsWith("frame-");
	}

	private static JsonNode first(ApiClient api, String query) {
		return api.get("/api/collections/photos/images/search?k=5&q=" + query).json().get("results").get(0);
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * Mostly one colour, with a white bar on the left or the right: two such pictures
	 * differ in perceptual hash, so neither is taken for a repeat of the other.
	 */
	private static BufferedImage picture(Color colour, boolean barLeft) {
		BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, 300, 200);
		g.setColor(Color.WHITE);
		g.fillRect(barLeft ? 20 : 240, 0, 40, 200);
		g.dispose();
		return image;
	}

}
