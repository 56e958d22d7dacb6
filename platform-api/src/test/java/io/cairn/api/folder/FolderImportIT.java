package io.cairn.api.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a server folder: each file as if uploaded, bad ones reported, none lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open", "cairn.import.max-files=20" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FolderImportIT {

	private static final Path ROOT = temporaryFolder();

	@LocalServerPort
	int port;

	ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
		registry.add("cairn.import.roots", ROOT::toString);
	}

	@BeforeAll
	void setUp() throws IOException {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "reports"));
		Path quarterly = Files.createDirectories(ROOT.resolve("quarterly/q3"));
		Files.writeString(quarterly.resolve("revenue.md"),
				"# Revenue\n\nRevenue rose nine percent in the third quarter.");
		Files.writeString(quarterly.resolve("revenue-copy.md"),
				"# Revenue\n\nRevenue rose nine percent in the third quarter.");
		Files.writeString(quarterly.resolve("staff.txt"), "The company employed 212 people at the end of September.");
		Files.writeString(quarterly.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF");
		Files.write(quarterly.resolve("blob.bin"), new byte[] { 0, 1, 2, 3, (byte) 0xff, 0x7f, 0, 9 });
		Files.writeString(quarterly.resolve(".draft.md"), "# Draft\n\nNot for import.");
		Files.createSymbolicLink(quarterly.resolve("hosts.txt"), Path.of("/etc/hosts"));
		Files.writeString(ROOT.resolve("quarterly/summary.md"), "# Summary\n\nA good quarter.");
		Files.createDirectories(ROOT.resolve("big"));
		for (int i = 0; i < 21; i++) {
			Files.writeString(ROOT.resolve("big/note-" + i + ".txt"), "Note " + i);
		}
	}

	@Test
	void importsEveryFileAndReportsDuplicatesAndRejectionsOneByOne() {
		Response response = this.api.postJson("/api/collections/reports/imports",
				Map.of("path", ROOT.resolve("quarterly").toString(), "metadata", Map.of("source", "share")));

		assertThat(response.status()).isEqualTo(202);
		JsonNode result = response.json();
		Map<String, JsonNode> files = new java.util.TreeMap<>();
		result.get("files").forEach((file) -> files.put(file.get("path").asString(), file));
		assertThat(files).containsOnlyKeys("q3/blob.bin", "q3/broken.pdf", "q3/revenue-copy.md", "q3/revenue.md",
				"q3/staff.txt", "summary.md");
		assertThat(files.get("q3/revenue-copy.md").get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(files.get("q3/revenue.md").get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(files.get("q3/revenue.md").get("documentId").asLong())
			.isEqualTo(files.get("q3/revenue-copy.md").get("documentId").asLong());
		assertThat(files.get("q3/broken.pdf").get("status").asString()).isEqualTo("REJECTED");
		assertThat(files.get("q3/broken.pdf").get("reason").asString()).isEqualTo("corrupt");
		assertThat(files.get("q3/blob.bin").get("status").asString()).isEqualTo("REJECTED");
		assertThat(result.get("accepted").asInt()).isEqualTo(3);
		assertThat(result.get("duplicates").asInt()).isEqualTo(1);
		assertThat(result.get("rejected").asInt()).isEqualTo(2);

		long staff = files.get("q3/staff.txt").get("documentId").asLong();
		this.api.awaitReady("reports", staff);
		JsonNode document = this.api.get("/api/collections/reports/documents/" + staff).json();
		assertThat(document.get("metadata").get("path").asString()).isEqualTo("q3/staff.txt");
		assertThat(document.get("metadata").get("source").asString()).isEqualTo("share");
		List<String> titles = this.api.get("/api/collections/reports/documents")
			.json()
			.valueStream()
			.map((doc) -> doc.get("fileName").asString())
			.toList();
		assertThat(titles).doesNotContain(".draft.md", "hosts.txt", "broken.pdf");
	}

	@Test
	void importsOnlyTheTopFolderWhenAskedAndRefusesOversizedOnes() {
		JsonNode flat = this.api
			.postJson("/api/collections/reports/imports",
					Map.of("path", ROOT.resolve("quarterly").toString(), "recursive", false))
			.json();
		assertThat(flat.get("files").valueStream().map((file) -> file.get("path").asString()))
			.containsExactly("summary.md");

		Response big = this.api.postJson("/api/collections/reports/imports",
				Map.of("path", ROOT.resolve("big").toString()));
		assertProblem(big, 400, "holds 21 files");
		assertThat(this.api.get("/api/collections/reports/documents").json().valueStream())
			.noneMatch((doc) -> doc.get("fileName").asString().startsWith("note-"));
	}

	@Test
	void refusesFoldersOutsideTheRootsAndMissingOnes() {
		assertThat(this.api.get("/api/collections/reports/imports").json().get("enabled").asBoolean()).isTrue();
		assertProblem(this.api.postJson("/api/collections/reports/imports", Map.of("path", "/etc")), 400,
				"outside the folders");
		assertProblem(this.api.postJson("/api/collections/reports/imports", Map.of("path", ROOT + "/../..")), 400,
				"outside the folders");
		assertProblem(this.api.postJson("/api/collections/reports/imports", Map.of("path", ROOT + "/nowhere")), 404,
				"no folder");
		assertProblem(this.api.postJson("/api/collections/reports/imports", Map.of()), 400, "'path'");
	}

	private static void assertProblem(Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(detail);
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("cairn-import-").toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
