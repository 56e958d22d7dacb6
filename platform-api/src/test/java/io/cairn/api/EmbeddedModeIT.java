package io.cairn.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.SamplePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default: embedded PostgreSQL and Lucene under one data directory, kept
 * across restarts; a lost Lucene index is rebuilt from the catalog at start.
 */
class EmbeddedModeIT {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesRestartAndLostIndexesAreRebuilt() throws IOException {
		long documentId;
		try (ConfigurableApplicationContext app = start()) {
			ApiClient api = client(app);
			assertThat(api.postJson("/api/collections", Map.of("name", "notes")).status()).isEqualTo(201);
			Response accepted = api.upload("/api/collections/notes/documents", "quality.pdf", SamplePdf.report(),
					Map.of());
			assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
			documentId = accepted.json().get("document").get("id").asLong();
			api.awaitReady("notes", documentId);
			assertTopPage(api, "hip fracture surgery mortality", 7);
		}
		assertThat(this.dataDir.resolve("postgres")).isDirectory();
		deleteRecursively(this.dataDir.resolve("lucene"));

		try (ConfigurableApplicationContext app = start()) {
			ApiClient api = client(app);
			JsonNode document = api.get("/api/collections/notes/documents/" + documentId).json();
			assertThat(document.get("status").asString()).isEqualTo("READY");
			assertTopPage(api, "hip fracture surgery mortality", 7);
			assertTopPage(api, "insulin-free diabetes drug and failing kidneys", 2);
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(CairnApplication.class, "--server.port=0", "--cairn.storage.mode=embedded",
				"--cairn.storage.data-dir=" + this.dataDir);
	}

	private static ApiClient client(ConfigurableApplicationContext app) {
		return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	private static void assertTopPage(ApiClient api, String query, int page) {
		Response search = api.postJson("/api/collections/notes/search", Map.of("query", query, "topK", 1));
		assertThat(search.status()).as(search.toString()).isEqualTo(200);
		JsonNode top = search.json().get("results").get(0);
		assertThat(top.get("pageStart").asInt()).as(top.toString()).isLessThanOrEqualTo(page);
		assertThat(top.get("pageEnd").asInt()).as(top.toString()).isGreaterThanOrEqualTo(page);
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
