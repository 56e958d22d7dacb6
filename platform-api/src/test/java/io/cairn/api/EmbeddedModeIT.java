package io.cairn.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.SamplePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default: embedded PostgreSQL and Lucene under one data directory, kept
 * across restarts; a lost Lucene index is rebuilt from the catalog at start.
 */
@ExtendWith(OutputCaptureExtension.class)
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

	@Test
	void theOpenDefaultListensOnLocalhostOnlyAndStillChecksPresentedKeys(CapturedOutput output) {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(output).contains("API keys are not required: Cairn is open to anyone who can reach localhost:"
					+ port + "; set cairn.security.api-keys=required");
			ApiClient api = client(app);
			assertThat(api.postJson("/api/collections", Map.of("name", "mine")).status()).isEqualTo(201);
			assertThat(api.postJson("/api/collections", Map.of("name", "theirs")).status()).isEqualTo(201);
			Response created = api.postJson("/api/keys", Map.of("name", "bot", "collections", List.of("mine")));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			ApiClient bot = api.withKey(created.json().get("secret").asString());
			assertThat(bot.get("/api/collections").json().size()).as("a presented key keeps its scope").isEqualTo(1);
			assertThat(bot.get("/api/collections/theirs").status()).isEqualTo(403);
			assertThat(api.delete("/api/keys/" + created.json().get("id").asLong()).status()).isEqualTo(204);
			assertThat(bot.get("/api/collections").status()).as("revoked, even in open mode").isEqualTo(401);
			assertThat(api.withKey("cairn_unknown").get("/api/collections").status()).isEqualTo(401);
			assertThat(api.get("/api/collections").json().size()).as("no key: open").isEqualTo(2);
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
