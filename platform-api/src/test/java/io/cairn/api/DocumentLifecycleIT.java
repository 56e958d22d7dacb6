package io.cairn.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.SamplePdf;
import io.cairn.api.support.TestDatabases;
import io.cairn.api.support.TestFiles;
import io.cairn.api.support.TestPdfs;
import io.cairn.core.retrieval.KeywordIndex;
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
 * The REST API in server mode against the real PostgreSQL with pgvector, Lucene on disk
 * and the bundled ONNX encoder: upload, ingest, search, delete, and every kind of bad
 * input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "cairn.storage.mode=server",
		"cairn.security.api-keys=open", "cairn.ingest.max-file-size=8MB", "cairn.ingest.max-pages=500" })
class DocumentLifecycleIT {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	KeywordIndex keywordIndex;

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
	void uploadedPdfIsIngestedSearchableAndDeletable() {
		createCollection("reports");
		Response accepted = this.api.upload("/api/collections/reports/documents", "quality.pdf", SamplePdf.report(),
				Map.of("metadata", "{\"department\":\"quality\"}"));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long documentId = accepted.json().get("document").get("id").asLong();
		long jobId = accepted.json().get("jobId").asLong();

		JsonNode job = awaitJob(jobId);
		assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("pagesDone").asInt()).isEqualTo(SamplePdf.TOPICS.size());

		JsonNode document = this.api.get("/api/collections/reports/documents/" + documentId).json();
		assertThat(document.get("status").asString()).isEqualTo("READY");
		assertThat(document.get("pages").asInt()).isEqualTo(SamplePdf.TOPICS.size());
		int chunks = document.get("chunks").asInt();
		assertThat(chunks).isPositive();
		JsonNode collection = this.api.get("/api/collections/reports").json();
		assertThat(collection.get("chunks").asLong()).isEqualTo(chunks);
		assertThat(collection.get("pages").asLong()).isEqualTo(SamplePdf.TOPICS.size());

		String events = this.api.readEventStream("/api/jobs/" + jobId + "/events", Duration.ofSeconds(10));
		assertThat(events).contains("event:done");

		Response search = this.api.postJson("/api/collections/reports/search",
				Map.of("query", "which antibiotic treated pneumonia", "topK", 3));
		assertThat(search.status()).as(search.toString()).isEqualTo(200);
		JsonNode top = search.json().get("results").get(0);
		assertThat(top.get("pageStart").asInt()).isLessThanOrEqualTo(3);
		assertThat(top.get("pageEnd").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(top.get("text").asString()).contains("azithromycin");
		assertThat(top.get("snippet").asString()).contains("<em>");

		Response filtered = this.api.postJson("/api/collections/reports/search",
				Map.of("query", "pneumonia", "metadata", Map.of("department", "cardiology")));
		assertThat(filtered.json().get("results").size()).isZero();

		long indexedBefore = this.keywordIndex.count();
		assertThat(this.api.delete("/api/collections/reports/documents/" + documentId).status()).isEqualTo(204);
		assertThat(this.keywordIndex.count()).isEqualTo(indexedBefore - chunks);
		assertThat(this.api.get("/api/collections/reports/documents/" + documentId).status()).isEqualTo(404);
		Response after = this.api.postJson("/api/collections/reports/search", Map.of("query", "pneumonia"));
		assertThat(after.json().get("results").size()).isZero();
		assertThat(this.api.get("/api/collections/reports").json().get("chunks").asLong()).isZero();
	}

	@Test
	void badUploadsAreRefusedWithProblemDetailsAndLeaveNothingBehind() {
		createCollection("intake");
		String path = "/api/collections/intake/documents";
		assertProblem(this.api.upload(path, "empty.pdf", new byte[0], Map.of()), 400, "document-empty");
		assertProblem(this.api.upload(path, "report.pdf", TestFiles.pngHeader(), Map.of()), 415,
				"document-media-type-mismatch");
		assertProblem(this.api.upload(path, "data.bin", TestFiles.randomBinary(4096, 7), Map.of()), 415,
				"document-unsupported-media-type");
		assertProblem(this.api.upload(path, "locked.pdf", TestPdfs.encrypted(List.of(List.of("secret"))), Map.of()),
				400, "document-encrypted");
		byte[] corrupt = java.util.Arrays.copyOf(SamplePdf.report(), 700);
		assertProblem(this.api.upload(path, "broken.pdf", corrupt, Map.of()), 400, "document-corrupt");
		assertProblem(this.api.upload(path, "bomb.docx", TestFiles.docxBomb(300), Map.of()), 413,
				"document-archive-bomb");
		assertProblem(this.api.upload(path, "huge.pdf", TestPdfs.emptyPages(10_000), Map.of()), 413,
				"document-too-many-pages");
		assertProblem(this.api.upload(path, "big.pdf", new byte[9 * 1024 * 1024], Map.of()), 413, "too-large");
		assertProblem(this.api.upload(path, "ok.pdf", SamplePdf.report(), Map.of("profile", "astrology")), 400,
				"invalid-request");
		assertProblem(this.api.upload("/api/collections/nope/documents", "ok.pdf", SamplePdf.report(), Map.of()), 404,
				"not-found");

		assertThat(this.api.get(path).json().size()).isZero();
		assertThat(this.api.get("/api/collections/intake").json().get("documents").asLong()).isZero();
	}

	@Test
	void concurrentUploadsOfTheSameBytesStoreOneDocument() throws Exception {
		createCollection("dupes");
		byte[] pdf = TestPdfs.withPages(List.of(List.of("Only one copy of this page may be stored.")));
		Callable<Response> upload = () -> this.api.upload("/api/collections/dupes/documents", "same.pdf", pdf,
				Map.of());
		List<Response> responses;
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<Response>> futures = pool.invokeAll(List.of(upload, upload, upload, upload));
			responses = futures.stream().map(DocumentLifecycleIT::join).toList();
		}
		assertThat(responses).filteredOn((response) -> response.status() == 202).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.status() == 409)
			.hasSize(3)
			.allSatisfy((response) -> assertThat(response.body()).contains("duplicate-document")
				.contains("existingDocumentId"));
		assertThat(this.api.get("/api/collections/dupes/documents").json().size()).isEqualTo(1);
	}

	@Test
	void badSearchesAndCollectionsAreRefused() {
		createCollection("queries");
		String path = "/api/collections/queries/search";
		assertProblem(this.api.postJson(path, Map.of("query", "  ")), 400, "invalid-request");
		assertProblem(this.api.postJson(path, Map.of("query", "a".repeat(100 * 1024))), 400, "invalid-request");
		assertProblem(this.api.postJson(path, Map.of("query", "x", "mode", "psychic")), 400, "invalid-request");
		assertProblem(this.api.postJson(path, "{not json"), 400, null);
		assertProblem(this.api.postJson("/api/collections/missing/search", Map.of("query", "x")), 404, "not-found");
		assertProblem(this.api.postJson("/api/collections", Map.of("name", "queries")), 409, "conflict");
		assertProblem(this.api.postJson("/api/collections", Map.of("name", "Bad Name!")), 400, "invalid-request");
		assertProblem(this.api.postJson("/api/collections", Map.of("name", "ok", "language", "xx")), 400,
				"invalid-request");
		assertProblem(this.api.get("/api/jobs/987654321"), 404, "not-found");
	}

	@Test
	void openApiAndReadinessAreServed() {
		Response openApi = this.api.get("/v3/api-docs");
		assertThat(openApi.status()).isEqualTo(200);
		assertThat(openApi.json().get("paths").has("/api/collections/{collection}/search")).isTrue();
		Response readiness = this.api.get("/actuator/health/readiness");
		assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"searchIndexes\"").contains("\"textEncoders\"").contains("\"db\"");
		createCollection("listed");
		Response home = this.api.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.contentType()).startsWith("text/html");
		// The page is a shell: collections come from the API with the caller's key, so
		// none
		// is named in the HTML itself.
		assertThat(home.body()).contains("/js/collections.js").contains("/swagger-ui.html").doesNotContain("listed");
	}

	private void createCollection(String name) {
		Response created = this.api.postJson("/api/collections", Map.of("name", name, "profile", "medical"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private JsonNode awaitJob(long jobId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = this.api.get("/api/jobs/" + jobId).json();
			String state = job.get("state").asString();
			if (state.equals("DONE") || state.equals("FAILED")) {
				return job;
			}
			sleep(100);
		}
		throw new AssertionError("job " + jobId + " did not finish in 120 s");
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (type != null) {
			assertThat(response.json().get("type").asString()).isEqualTo("urn:cairn:problem:" + type);
		}
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	private static Response join(Future<Response> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
