package io.cairn.api.media;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Image;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.api.support.TestPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Citations and search hits point at the region of the page they come from, and the page
 * image they link to shows text exactly there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitationImagesIT {

	@LocalServerPort
	int port;

	ApiClient api;

	long pdfId;

	long markdownId;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeAll
	void ingest() {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "atlas"));
		byte[] pdf = TestPdfs.withPages(List.of(
				List.of("Anticoagulation clinic handbook.", "Patients are seen every four weeks in the clinic."),
				List.of("Warfarin doses are adjusted to keep the INR between two and three.",
						"Vitamin K reverses the effect of warfarin when bleeding occurs.")));
		Response upload = this.api.upload("/api/collections/atlas/documents", "clinic.pdf", pdf, Map.of());
		this.pdfId = upload.json().get("document").get("id").asLong();
		this.api.awaitReady("atlas", this.pdfId);
		this.markdownId = this.api.ingest("atlas", "notes.md", "# Notes\n\nThe clinic closes at five.", "{}");
	}

	@Test
	void searchHitsLinkThePageImageAndTheRegionShowsTheText() {
		JsonNode hit = this.api
			.postJson("/api/collections/atlas/search", Map.of("query", "warfarin INR range", "topK", 1))
			.json()
			.get("results")
			.get(0);
		// The whole handbook is one chunk; its region on page 2 holds the warfarin lines.
		JsonNode region = regionOnPage(hit.get("location"), 2);
		assertThat(region.get("imageUrl").asString())
			.isEqualTo("/api/collections/atlas/documents/" + this.pdfId + "/pages/2");
		JsonNode box = region.get("box");
		// The text starts 60 pt from the left of a 612 pt wide page.
		assertThat(box.get("x").asDouble()).isCloseTo(60 / 612.0, within(0.01));

		Image page = this.api.getImage(region.get("imageUrl").asString());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("image/png");
		assertThat(page.image().getWidth()).isEqualTo(1000);
		assertThat(page.image().getHeight()).isCloseTo(1000 * 792 / 612, within(2));
		String crop = box.get("x").asDouble() + "," + box.get("y").asDouble() + "," + box.get("width").asDouble() + ","
				+ box.get("height").asDouble();
		Image highlighted = this.api.getImage(region.get("imageUrl").asString() + "?width=600&crop=" + crop);
		assertThat(highlighted.image().getWidth()).isCloseTo((int) (600 * box.get("width").asDouble()), within(2));
		assertThat(inkShare(highlighted.image())).as("the cited region shows text").isGreaterThan(0.04);
		Image margin = this.api.getImage(region.get("imageUrl").asString() + "?crop=0.5,0.6,0.4,0.3");
		assertThat(inkShare(margin.image())).as("an empty part of the page").isZero();
	}

	@Test
	void answerCitationsCarryTheirLocation() {
		JsonNode answer = this.api
			.postJson("/api/collections/atlas/answers", Map.of("question", "What reverses the effect of warfarin?"))
			.json();
		JsonNode citation = answer.get("citations").get(0);
		assertThat(citation.get("documentId").asLong()).isEqualTo(this.pdfId);
		JsonNode region = regionOnPage(citation.get("location"), 2);
		assertThat(region.get("box").get("y").asDouble()).isBetween(0.0, 0.2);
		assertThat(this.api.getImage(region.get("imageUrl").asString()).status()).isEqualTo(200);
	}

	@Test
	void missingPagesImagesAndBadParametersAreProblems() {
		String pages = "/api/collections/atlas/documents/" + this.pdfId + "/pages/";
		assertProblem(this.api.getImage(pages + "3"), 404, "pages 1 to 2");
		assertProblem(this.api.getImage(pages + "1?width=20"), 400, "'width' must be between");
		assertProblem(this.api.getImage(pages + "1?crop=0.5,0.5,0.9,0.1"), 400, "'crop' must be");
		assertProblem(this.api.getImage(pages + "1?crop=left"), 400, "'crop' must be");
		assertProblem(this.api.getImage("/api/collections/atlas/documents/" + this.pdfId + "/assets/figure-1"), 404,
				"no image 'figure-1'");
		assertProblem(this.api.getImage("/api/collections/atlas/documents/" + this.markdownId + "/pages/1"), 404,
				"has no page images");
		this.api.postJson("/api/collections", Map.of("name", "other"));
		assertProblem(this.api.getImage("/api/collections/other/documents/" + this.pdfId + "/pages/1"), 404,
				"No document " + this.pdfId);
	}

	private static JsonNode regionOnPage(JsonNode location, int page) {
		List<JsonNode> regions = location.get("regions").valueStream().toList();
		assertThat(regions).extracting((region) -> region.get("page").asInt()).contains(page);
		return regions.stream().filter((region) -> region.get("page").asInt() == page).findFirst().orElseThrow();
	}

	private static void assertProblem(Image response, int status, String detail) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text()).contains(detail);
	}

	/** The share of pixels that are clearly darker than the white page. */
	private static double inkShare(BufferedImage image) {
		int ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int gray = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
				if (gray < 128) {
					ink++;
				}
			}
		}
		return ink / (double) (image.getWidth() * image.getHeight());
	}

}
