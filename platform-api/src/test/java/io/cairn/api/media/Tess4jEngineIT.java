package io.cairn.api.media;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.media.ScanFixtures;
import io.cairn.core.media.TextRecognizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cairn.ocr.engine=tess4j}: the service reads images with the system's Tesseract
 * library in the JVM, and what it reads is searchable and cited by region.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "cairn.storage.mode=server",
		"cairn.security.api-keys=open", "cairn.ocr.engine=tess4j", "cairn.ocr.tesseract-languages=eng" })
class Tess4jEngineIT {

	@LocalServerPort
	int port;

	@Autowired
	TextRecognizer ocr;

	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@Test
	void anImageIsReadByTesseractInTheJvmAndCitedByRegion() throws IOException {
		assertThat(this.ocr.name()).isEqualTo("tess4j");
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "memos"));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(ScanFixtures.wordsImage(900, 200, Color.WHITE, "Ferry timetable changes on Monday",
				"The night crossing is cancelled"), "png", png);
		Response accepted = api.upload("/api/collections/memos/documents", "memo.png", png.toByteArray(), Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long documentId = accepted.json().get("document").get("id").asLong();
		api.awaitReady("memos", documentId);

		JsonNode hit = api.postJson("/api/collections/memos/search", Map.of("query", "night crossing ferry", "topK", 1))
			.json()
			.get("results")
			.get(0);
		assertThat(hit.get("documentId").asLong()).isEqualTo(documentId);
		assertThat(hit.get("text").asString()).containsIgnoringCase("night crossing is cancelled");
		JsonNode region = hit.get("location").get("regions").get(0);
		assertThat(region.get("page").asInt()).isEqualTo(1);
		assertThat(region.get("box").get("width").asDouble()).isBetween(0.1, 1.0);
	}

}
