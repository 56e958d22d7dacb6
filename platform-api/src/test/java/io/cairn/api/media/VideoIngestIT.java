package io.cairn.api.media;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.FilePart;
import io.cairn.api.support.ApiClient.Image;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.encoders.video.TestRecordings;
import io.cairn.encoders.video.TestRecordings.Slide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A video with a sidecar subtitle file through the whole service: upload, keyframes and
 * subtitles searchable, citations with the time and the frame on screen; bad sidecars
 * refused with nothing stored; a folder import pairs {@code talk.mp4} with
 * {@code talk.srt}; a re-ingest keeps the subtitles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VideoIngestIT {

	/** The folder imports may read from; the uploaded video is written there too. */
	private static final Path ROOT = Path.of(TestDatabases.freshDataDir());

	/** Cue 1 at 1.0-3.5 s, cue 2 at 5.0-7.0 s: one 30 s subtitle segment. */
	private static final String SRT = """
			1
			00:00:01,000 --> 00:00:03,500
			The falcon migration starts in early spring.

			2
			00:00:05,000 --> 00:00:07,000
			Badger tunnels need a yearly inspection.
			""";

	/** Other subtitles for the same video. */
	private static final String OTTER_SRT = """
			1
			00:00:01,000 --> 00:00:04,000
			Otters raise their young along the slow river bends.
			""";

	@LocalServerPort
	int port;

	ApiClient api;

	byte[] video;

	long videoId;

	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) {
		registry.add("cairn.import.roots", ROOT::toString);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
	}

	@BeforeAll
	void ingest() throws Exception {
		this.api = new ApiClient(this.port);
		this.video = Files.readAllBytes(TestRecordings.slideShow(ROOT.resolve("slides.mp4"),
				List.of(new Slide("Wildlife survey", Color.WHITE, 4), new Slide("Field methods", Color.YELLOW, 4)), 5,
				null));
		this.api.postJson("/api/collections", Map.of("name", "wildlife"));
		Response accepted = this.api.upload("/api/collections/wildlife/documents",
				List.of(new FilePart("file", "survey.mp4", this.video),
						new FilePart("subtitles", "survey.srt", SRT.getBytes(StandardCharsets.UTF_8))),
				Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		this.videoId = accepted.json().get("document").get("id").asLong();
		this.api.awaitReady("wildlife", this.videoId);
	}

	@Test
	void subtitleHitsCarryTheTimeAndTheFrameOnScreen() {
		JsonNode hit = search("wildlife", "when does the falcon migration start");
		assertThat(hit.get("documentId").asLong()).isEqualTo(this.videoId);
		assertThat(hit.get("text").asString()).contains("falcon migration", "Badger tunnels");
		JsonNode time = hit.get("location").get("time");
		assertThat(time.get("startMs").asLong()).isLessThanOrEqualTo(1000);
		assertThat(time.get("endMs").asLong()).isGreaterThanOrEqualTo(3500);
		JsonNode region = hit.get("location").get("regions").get(0);
		assertThat(region.get("asset").asString()).startsWith("frame-");
		assertThat(region.get("imageUrl").asString()).isEqualTo(
				"/api/collections/wildlife/documents/" + this.videoId + "/assets/" + region.get("asset").asString());
		Image frame = this.api.getImage(region.get("imageUrl").asString());
		assertThat(frame.status()).isEqualTo(200);
		assertThat(frame.contentType()).isEqualTo("image/jpeg");
		assertThat(frame.image().getWidth()).isGreaterThan(100);
		// The subtitle starts on the first slide, which is white.
		assertThat(frame.image().getRGB(2, frame.image().getHeight() - 3) & 0xffffff).isGreaterThan(0xe0e0e0);
	}

	@Test
	void slideTextIsSearchableToo() {
		JsonNode hit = search("wildlife", "Field methods");
		assertThat(hit.get("text").asString().replaceAll("\\s+", " ")).containsIgnoringCase("Field methods");
		// The second slide is on screen from 4 s.
		assertThat(hit.get("location").get("time").get("startMs").asLong()).isBetween(3500L, 4500L);
	}

	@Test
	void answersCiteTheSubtitleWithItsTime() {
		JsonNode answer = this.api
			.postJson("/api/collections/wildlife/answers", Map.of("question", "What do badger tunnels need?"))
			.json();
		assertThat(answer.get("answer").asString()).containsIgnoringCase("inspection");
		JsonNode citation = answer.get("citations").get(0);
		assertThat(citation.get("documentId").asLong()).isEqualTo(this.videoId);
		JsonNode time = citation.get("location").get("time");
		assertThat(time.get("startMs").asLong()).isLessThanOrEqualTo(5000);
		assertThat(time.get("endMs").asLong()).isGreaterThanOrEqualTo(7000);
	}

	@Test
	void badSidecarsAreProblemsAndNothingIsStored() {
		this.api.postJson("/api/collections", Map.of("name", "rejects"));
		assertRejected(upload("rejects", "talk.mp4", this.video, "talk.srt", "just some notes, no timings"),
				"holds no subtitle cues");
		assertRejected(upload("rejects", "talk.mp4", this.video, "talk.txt", SRT), "not named .srt or .vtt");
		assertRejected(upload("rejects", "talk.mp4", this.video, "talk.srt", new byte[] { (byte) 0xff, 0x31, 0x0a }),
				"not UTF-8");
		assertRejected(
				upload("rejects", "notes.md", "# Notes\n\nText.".getBytes(StandardCharsets.UTF_8), "notes.srt", SRT),
				"subtitle files go with videos only");
		assertThat(this.api.get("/api/collections/rejects/documents").json().size()).isZero();
	}

	@Test
	void aBrokenVideoIsRefusedAtUploadFromItsHeaders() {
		this.api.postJson("/api/collections", Map.of("name", "broken"));
		byte[] truncated = Arrays.copyOf(this.video, 2000);
		Response response = this.api.upload("/api/collections/broken/documents", "cut.mp4", truncated, Map.of());
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("reason").asString()).isEqualTo("CORRUPT");
		assertThat(this.api.get("/api/collections/broken/documents").json().size()).isZero();
	}

	@Test
	void folderImportAttachesTheSubtitleFileWithTheSameNameAndReingestKeepsIt() throws IOException {
		Path lecture = Files.createDirectories(ROOT.resolve("lecture"));
		Files.write(lecture.resolve("talk.mp4"), this.video);
		Files.writeString(lecture.resolve("talk.srt"), SRT);
		Files.writeString(lecture.resolve("notes.md"), "# Notes\n\nOwls hunt at night.");
		this.api.postJson("/api/collections", Map.of("name", "lectures"));

		JsonNode result = this.api.postJson("/api/collections/lectures/imports", Map.of("path", lecture.toString()))
			.json();
		assertThat(result.get("files").valueStream().map((file) -> file.get("path").asString()))
			.containsExactly("notes.md", "talk.mp4");
		JsonNode talk = result.get("files").get(1);
		assertThat(talk.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(talk.get("sidecar").asString()).isEqualTo("talk.srt");
		long talkId = talk.get("documentId").asLong();
		this.api.awaitReady("lectures", talkId);
		assertThat(search("lectures", "falcon migration").get("documentId").asLong()).isEqualTo(talkId);

		Response reingested = this.api.postJson("/api/collections/lectures/documents/" + talkId + "/reingest",
				Map.of());
		assertThat(reingested.status()).as(reingested.toString()).isEqualTo(202);
		long newId = reingested.json().get("document").get("id").asLong();
		this.api.awaitReady("lectures", newId);
		JsonNode hit = search("lectures", "falcon migration");
		assertThat(hit.get("documentId").asLong()).isEqualTo(newId);
		assertThat(hit.get("text").asString()).contains("falcon migration");
	}

	@Test
	void aVideoGetsOtherSubtitlesByPutAndBadOnesLeaveItAsItWas() {
		this.api.postJson("/api/collections", Map.of("name", "retitled"));
		long first = accepted(upload("retitled", "survey.mp4", this.video, "survey.srt", SRT));
		this.api.awaitReady("retitled", first);
		String base = "/api/collections/retitled/documents/";

		Response again = upload("retitled", "survey.mp4", this.video, "survey-fixed.srt", OTTER_SRT);
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("existingDocumentId").asLong()).isEqualTo(first);
		assertThat(again.json().get("detail").asString())
			.contains(base.replace("retitled", "{collection}") + first + "/subtitles");

		assertRejected(putSubtitles(base + first, "notes.srt", "no timings here"), "holds no subtitle cues");
		assertThat(this.api.get(base + first).json().get("status").asString()).isEqualTo("READY");
		assertThat(search("retitled", "falcon migration").get("documentId").asLong()).isEqualTo(first);

		long second = accepted(putSubtitles(base + first, "survey-fixed.srt", OTTER_SRT));
		this.api.awaitReady("retitled", second);
		assertThat(this.api.get(base + first).status()).isEqualTo(404);
		JsonNode otters = search("retitled", "where do otters raise their young");
		assertThat(otters.get("documentId").asLong()).isEqualTo(second);
		assertThat(otters.get("text").asString()).contains("Otters raise").doesNotContain("falcon");

		long third = accepted(this.api.delete(base + second + "/subtitles"));
		this.api.awaitReady("retitled", third);
		JsonNode slides = search("retitled", "otters raise their young");
		assertThat(slides.get("documentId").asLong()).isEqualTo(third);
		assertThat(slides.get("text").asString()).doesNotContain("Otters");
		Response none = this.api.delete(base + third + "/subtitles");
		assertThat(none.status()).as(none.toString()).isEqualTo(404);
		assertThat(this.api.get("/api/collections/retitled/documents").json().size()).isEqualTo(1);
	}

	@Test
	void subtitlesPutOnADocumentThatIsNotAVideoAreRefusedAndTheDocumentStays() {
		this.api.postJson("/api/collections", Map.of("name", "notes"));
		long notes = accepted(this.api.upload("/api/collections/notes/documents", "notes.md",
				"# Notes\n\nOwls hunt at night.".getBytes(StandardCharsets.UTF_8), Map.of()));
		this.api.awaitReady("notes", notes);
		assertRejected(putSubtitles("/api/collections/notes/documents/" + notes, "notes.srt", SRT),
				"subtitle files go with videos only");
		Response missing = this.api.putFiles("/api/collections/notes/documents/" + notes + "/subtitles", List.of());
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("'subtitles'");
		assertThat(this.api.get("/api/collections/notes/documents/" + notes).json().get("status").asString())
			.isEqualTo("READY");
	}

	private Response putSubtitles(String document, String fileName, String text) {
		return this.api.putFiles(document + "/subtitles",
				List.of(new FilePart("subtitles", fileName, text.getBytes(StandardCharsets.UTF_8))));
	}

	private static long accepted(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return response.json().get("document").get("id").asLong();
	}

	private JsonNode search(String collection, String query) {
		Response response = this.api.postJson("/api/collections/" + collection + "/search",
				Map.of("query", query, "topK", 1));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("results").get(0);
	}

	private Response upload(String collection, String fileName, byte[] content, String sidecarName, String sidecar) {
		return upload(collection, fileName, content, sidecarName, sidecar.getBytes(StandardCharsets.UTF_8));
	}

	private Response upload(String collection, String fileName, byte[] content, String sidecarName, byte[] sidecar) {
		return this.api.upload("/api/collections/" + collection + "/documents",
				List.of(new FilePart("file", fileName, content), new FilePart("subtitles", sidecarName, sidecar)),
				Map.of());
	}

	private static void assertRejected(Response response, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("reason").asString()).isEqualTo("INVALID_SIDECAR");
		assertThat(response.json().get("detail").asString()).contains(detail);
	}

}
