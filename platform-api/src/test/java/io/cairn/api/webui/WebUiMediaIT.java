package io.cairn.api.webui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.cairn.api.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Images and videos in a real browser against the real app (PP-OCRv4 reads them): a
 * chart's words and a slide's words answer questions, and their citations show the
 * picture, the highlighted text region and, for the video, the frame and its time.
 */
class WebUiMediaIT extends BrowserTest {

	private static final LocatorAssertions.HasAttributeOptions INGEST = new LocatorAssertions.HasAttributeOptions()
		.setTimeout(90_000);

	private static final LocatorAssertions.HasTextOptions INGEST_TEXT = new LocatorAssertions.HasTextOptions()
		.setTimeout(90_000);

	private static final Pattern ZEPHYR = Pattern.compile("zephyr\\s*lanterns", Pattern.CASE_INSENSITIVE);

	@TempDir
	static Path work;

	@Test
	void aCitedImageShowsInlineAndOpensAtItsTextRegion() {
		new ApiClient(this.port).postJson("/api/collections", Map.of("name", "charts"));
		upload("charts", new FilePayload("lantern-sales.png", "image/png", MediaSamples.chart()));
		assertThat(this.page.locator(".upload .status")).containsText("Ready — 1 page");
		this.page.navigate("/collections/charts/library");
		assertThat(this.page.locator("#documents tbody tr .kind")).hasText("Image");

		// "Zephyr" is only in the pixels; OCR may glue words or misread a digit, so the
		// words are matched loosely.
		Locator answer = ask("charts", "How many zephyr lanterns were sold in spring?");
		assertThat(answer.locator(".answer-text")).containsText(ZEPHYR);
		// The chart itself, inline under the answer, with the cited text region marked on
		// it.
		Locator inline = answer.locator(".citations .thumb-frame").first();
		Browsers.awaitImage(inline.locator("img"));
		assertThat(inline.locator("img")).hasAttribute("alt", Pattern.compile(".*lantern-sales.*"));
		assertThat(inline.locator(".box.highlight").first()).isVisible();

		// The source panel: the whole image, the OCR region over the zephyr line.
		answer.locator(".answer-text button.cite").first().click();
		Locator source = this.page.locator("#source");
		assertThat(source.locator(".quote")).containsText(ZEPHYR);
		Browsers.awaitImage(source.locator("img.page-image").first());
		// The region is the cited line's (the quote's own paragraph), not the whole
		// chart's
		// text: it starts at the zephyr line, below the title.
		JsonNode box = onlyRegion(citation("charts").get("location")).get("box");
		double zephyrBottom = MediaSamples.CHART_BASELINES[1] / (double) MediaSamples.CHART_HEIGHT;
		double zephyrTop = (MediaSamples.CHART_BASELINES[1] - MediaSamples.CHART_FONT)
				/ (double) MediaSamples.CHART_HEIGHT;
		assertThat(box.get("x").asDouble()).isCloseTo(40.0 / MediaSamples.CHART_WIDTH, within(0.02));
		assertThat(box.get("y").asDouble()).isCloseTo(zephyrTop, within(0.04));
		assertThat(box.get("y").asDouble() + box.get("height").asDouble()).isGreaterThan(zephyrBottom);
		assertHighlightAt(source.locator(".page-frame").first(), box);
		Browsers.screenshot(this.page, "chat-image");

		// The document view: the page image with the passage's regions highlighted.
		openDocumentLink(source);
		Locator frame = this.page.locator("#page-1 .page-frame");
		Browsers.awaitImage(frame.locator("img.page-image"));
		assertHighlightAt(frame, box);
		assertThat(this.page.locator("#page-1 .passage.highlight")).containsText(ZEPHYR);
		Browsers.screenshot(this.page, "document-image");
	}

	@Test
	void aCitedFigureIsShownWholeAndItsPlaceIsMarkedOnThePage() {
		new ApiClient(this.port).postJson("/api/collections", Map.of("name", "reports"));
		upload("reports", new FilePayload("market.pdf", "application/pdf", MediaSamples.reportWithChart()));
		Locator answer = ask("reports", "How many zephyr lanterns were sold in spring?");
		assertThat(answer.locator(".answer-text")).containsText(ZEPHYR);
		JsonNode figure = citation("reports").get("location")
			.get("regions")
			.valueStream()
			.filter((region) -> region.get("asset").asString("").startsWith("fig-"))
			.findFirst()
			.orElseThrow();
		// The box is the figure's place on the page (PDF y runs up from the bottom).
		float[] place = MediaSamples.FIGURE_PLACE;
		assertThat(figure.get("box").get("x").asDouble()).isCloseTo(place[0] / 612, within(0.01));
		assertThat(figure.get("box").get("y").asDouble()).isCloseTo((792 - place[1] - place[3]) / 792, within(0.01));

		// Inline: the figure whole, nothing drawn over it.
		Locator inline = answer.locator(".citations .thumb-frame").first();
		Browsers.awaitImage(inline.locator("img"));
		assertThat(inline.locator(".box")).hasCount(0);
		// The source: the figure, and the page with the figure's place highlighted.
		answer.locator(".answer-text button.cite").first().click();
		Locator source = this.page.locator("#source");
		Locator whole = source.locator("figure")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Figure on page 1$")));
		Browsers.awaitImage(whole.locator("img"));
		assertThat(whole.locator(".box")).hasCount(0);
		Locator onPage = source.locator("figure")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Page 1$")))
			.locator(".page-frame");
		Browsers.awaitImage(onPage.locator("img"));
		assertHighlightAt(onPage, figure.get("box"));
		Browsers.screenshot(this.page, "chat-figure");
	}

	@Test
	void aCitedVideoFrameShowsItsThumbnailAndTimeInChatAndInTheDocument() {
		new ApiClient(this.port).postJson("/api/collections", Map.of("name", "talks"));
		upload("talks", new FilePayload("field-notes.mp4", "video/mp4", MediaSamples.slideVideo(work)));
		assertThat(this.page.locator(".upload .status")).containsText("Ready — up to 1 minute");
		this.page.navigate("/collections/talks/library");
		Locator row = this.page.locator("#documents tbody tr");
		assertThat(row.locator(".kind")).hasText("Video");
		assertThat(row.locator("td").nth(1)).hasText("≤ 1 min");

		// The second slide, shown from 4 s to 8 s.
		Locator answer = ask("talks", "When do the irrigation valves open?");
		assertThat(answer.locator(".answer-text")).containsText("Thursday");
		JsonNode time = citation("talks").get("location").get("time");
		long start = time.get("startMs").asLong();
		long end = time.get("endMs").asLong();
		assertThat(start).isBetween(4000L, 4600L);
		assertThat(end).isBetween(8000L, 8600L);
		String span = clock(start) + "–" + clock(end);
		assertThat(span).isEqualTo("0:04–0:08");
		Locator cited = answer.locator(".citations li").first();
		assertThat(cited).containsText(span);
		Browsers.awaitImage(cited.locator(".thumb-frame img"));
		assertThat(cited.locator(".thumb-frame img")).hasAttribute("alt", Pattern.compile(".*frame at 0:04.*"));

		answer.locator(".answer-text button.cite").first().click();
		Locator source = this.page.locator("#source");
		assertThat(source.locator(".time")).containsText(span);
		Browsers.awaitImage(source.locator("img.page-image").first());
		assertThat(source.locator("figcaption").first()).containsText("Frame at " + span);
		assertThat(source.locator(".box.highlight").first()).isVisible();
		Browsers.screenshot(this.page, "chat-video");

		// The document view lists the segments with time and frame; the cited one is
		// highlighted and scrolled to.
		openDocumentLink(source);
		Locator segments = this.page.locator("#segments .segment");
		assertThat(segments).hasCount(MediaSamples.SLIDES.size());
		assertThat(segments.first().locator(".time")).hasText(Pattern.compile("0:00–0:0[45]"));
		Locator highlighted = this.page.locator("#segments .segment.highlight");
		assertThat(highlighted).hasCount(1);
		assertThat(highlighted.locator(".time")).hasText(span);
		assertThat(highlighted).containsText("Thursday");
		assertThat(highlighted).isInViewport();
		assertThat(highlighted).isFocused();
		Browsers.awaitImage(highlighted.locator(".page-frame img"));
		assertThat(highlighted.locator(".box.highlight").first()).isVisible();
		for (Locator segment : segments.all()) {
			Browsers.awaitImage(segment.locator(".page-frame img"));
		}
		assertThat(this.page.locator("#doc-meta")).containsText(Pattern.compile("0:1[12] long"));
		Browsers.screenshot(this.page, "video");

		// A time in the link picks the segment playing then: the third slide.
		this.page.navigate(this.page.url().replaceAll("\\?.*", "") + "?t=9000");
		assertThat(this.page.locator("#segments .segment.highlight .time")).hasText(Pattern.compile("0:0[89]–0:1[12]"));
		assertThat(this.page.locator("#segments .segment.highlight")).containsText("sunset");

		// At phone width the segments stack and nothing is wider than the screen.
		String documentUrl = this.page.url();
		BrowserContext phone = browsers.context("http://localhost:" + this.port, 390, 844);
		Page small = phone.newPage();
		small.navigate(documentUrl);
		for (Locator frame : small.locator("#segments .segment img").all()) {
			Browsers.awaitImage(frame);
		}
		// The frames above it loaded after the first scroll; the cited one stays in view.
		assertThat(small.locator("#segments .segment.highlight .time")).isInViewport();
		assertThat(small.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
		Browsers.screenshot(small, "video-phone");
		phone.close();

		// A resumed conversation shows the frame again; search shows hits by time.
		this.page.navigate("/collections/talks/chat");
		this.page.locator("#conversations a").first().click();
		Browsers.awaitImage(this.page.locator(".message.assistant .citations .thumb-frame img").first());
		this.page.navigate("/collections/talks/search");
		this.page.getByLabel("Search for").fill("irrigation valves Thursday");
		this.page.getByLabel("Search for").press("Enter");
		Locator hit = this.page.locator(".result").first();
		assertThat(hit.locator("h2")).containsText("field-notes.mp4 · " + span);
		Browsers.awaitImage(hit.locator(".thumb-frame img"));
	}

	@Test
	void aVideosSubtitlesChosenWithItGoUpAsItsSidecar() {
		new ApiClient(this.port).postJson("/api/collections", Map.of("name", "subtitled"));
		this.page.navigate("/collections/subtitled/upload");
		String srt = "1\n00:00:01,000 --> 00:00:03,000\nThe quartermaster counts seventeen barrels of pitch.\n";
		this.page.locator("#files")
			.setInputFiles(new FilePayload[] {
					new FilePayload("harbour.srt", "application/x-subrip", srt.getBytes(StandardCharsets.UTF_8)),
					new FilePayload("harbour.mp4", "video/mp4", MediaSamples.slideVideo(work)) });

		// one upload, the video with its subtitles, not two documents
		Locator uploads = this.page.locator(".upload");
		assertThat(uploads).hasCount(1);
		assertThat(uploads.locator(".name strong")).hasText("harbour.mp4 + harbour.srt");
		assertThat(uploads).hasAttribute("data-state", "done", INGEST);
		JsonNode hits = new ApiClient(this.port)
			.postJson("/api/collections/subtitled/search", Map.of("query", "quartermaster barrels of pitch", "topK", 1))
			.json()
			.get("results");
		assertThat(hits.get(0).get("text").asString()).contains("seventeen barrels");
		assertThat(hits.get(0).get("location").get("time").get("startMs").asLong()).isLessThanOrEqualTo(1000);

		// other subtitles from the library: a file without cues is refused and the video
		// stays; a good one replaces its subtitles
		this.page.navigate("/collections/subtitled/library");
		replaceSubtitles("harbour-notes.srt", "no timings here");
		assertThat(this.page.locator("#alert")).containsText("holds no subtitle cues");
		assertThat(this.page.locator("#documents tbody tr")).hasCount(1);
		String fixed = "1\n00:00:01,000 --> 00:00:03,000\nThe bosun stows nine coils of hemp rope.\n";
		replaceSubtitles("harbour-fixed.srt", fixed);
		assertThat(this.page.locator("#summary")).containsText("harbour-fixed.srt");
		assertThat(this.page.locator("#documents tbody tr .badge")).hasText("ready", INGEST_TEXT);
		JsonNode after = new ApiClient(this.port)
			.postJson("/api/collections/subtitled/search", Map.of("query", "bosun coils of hemp rope", "topK", 1))
			.json()
			.get("results");
		assertThat(after.get(0).get("text").asString()).contains("nine coils").doesNotContain("barrels");
	}

	private void replaceSubtitles(String fileName, String text) {
		FileChooser chooser = this.page.waitForFileChooser(() -> this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subtitles for harbour.mp4"))
			.click());
		chooser.setFiles(new FilePayload(fileName, "application/x-subrip", text.getBytes(StandardCharsets.UTF_8)));
		Locator dialog = this.page.locator("#confirm-dialog");
		assertThat(dialog).containsText(fileName);
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Replace subtitles")).click();
	}

	private void upload(String collection, FilePayload file) {
		this.page.navigate("/collections/" + collection + "/upload");
		assertThat(this.page.locator("#files")).hasAttribute("accept",
				Pattern.compile(".*\\." + extension(file) + ".*"));
		this.page.locator("#files").setInputFiles(file);
		assertThat(this.page.locator(".upload")).hasAttribute("data-state", "done", INGEST);
	}

	private static String extension(FilePayload file) {
		return file.name.substring(file.name.lastIndexOf('.') + 1);
	}

	private Locator ask(String collection, String question) {
		this.page.navigate("/collections/" + collection + "/chat");
		this.page.getByLabel("Your question").fill(question);
		this.page.getByLabel("Your question").press("Enter");
		Locator answer = this.page.locator(".message.assistant").last();
		assertThat(answer).not().hasClass(Pattern.compile(".*streaming.*"));
		assertThat(answer).not().hasClass(Pattern.compile(".*refused.*"));
		return answer;
	}

	private void openDocumentLink(Locator source) {
		source.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Open the document")))
			.click();
		this.page.waitForURL(Pattern.compile(".*/documents/\\d+\\?.*chunk=.*"));
	}

	/** The highlight box drawn where the API's box is, within a few pixels. */
	private static void assertHighlightAt(Locator frame, JsonNode box) {
		var image = frame.locator("img").boundingBox();
		var drawn = frame.locator(".box.highlight").first().boundingBox();
		double matches = 0;
		for (Locator highlight : frame.locator(".box.highlight").all()) {
			var b = highlight.boundingBox();
			if (Math.abs(b.y - (image.y + box.get("y").asDouble() * image.height)) < 3
					&& Math.abs(b.x - (image.x + box.get("x").asDouble() * image.width)) < 3) {
				matches++;
			}
		}
		assertThat(drawn.width).isPositive();
		assertThat(matches).as("a highlight drawn at the cited box").isPositive();
	}

	/** The first citation of the last answer, as the API keeps it. */
	private JsonNode citation(String collection) {
		ApiClient api = new ApiClient(this.port);
		long id = api.get("/api/collections/" + collection + "/conversations").json().get(0).get("id").asLong();
		JsonNode messages = api.get("/api/collections/" + collection + "/conversations/" + id).json().get("messages");
		return messages.get(messages.size() - 1).get("citations").get(0);
	}

	private static JsonNode onlyRegion(JsonNode location) {
		assertThat(location.get("regions").size()).isEqualTo(1);
		JsonNode region = location.get("regions").get(0);
		assertThat(region.get("asset").asString()).isNotBlank();
		return region;
	}

	private static String clock(long ms) {
		long seconds = ms / 1000;
		return seconds / 60 + ":" + String.format("%02d", seconds % 60);
	}

}
