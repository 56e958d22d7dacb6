package io.cairn.api.webui;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.cairn.api.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser against the real app (PostgreSQL, Lucene, the bundled
 * encoder, the extractive generator): a new user's whole path from an empty server to a
 * cited answer, an extraction and a deletion.
 */
class WebUiIT extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void uploadAskFollowTheCitationExtractAndDelete() {
		// A collection, created in the UI, lands on the upload page.
		this.page.navigate("/");
		this.page.getByLabel("Name").fill("clinic");
		this.page.getByLabel("Domain profile").selectOption("medical");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create collection")).click();
		this.page.waitForURL("**/collections/clinic/upload");

		// Upload: the bar goes through the upload and the ingest job to "Ready".
		this.page.locator("#files")
			.setInputFiles(new FilePayload("ward-report.pdf", "application/pdf", WardReport.pdf()));
		Locator upload = this.page.locator(".upload");
		assertThat(upload).hasAttribute("data-state", "done",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
		assertThat(upload.locator(".status")).containsText("Ready — " + WardReport.PAGES.size() + " pages");
		assertThat(upload.locator("progress")).hasJSProperty("value", 1);

		// Library: status and counts.
		this.page.navigate("/collections/clinic/library");
		Locator row = this.page.locator("#documents tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row.locator(".badge")).hasText("ready");
		assertThat(row.locator("td").nth(1)).hasText(String.valueOf(WardReport.PAGES.size()));
		Browsers.screenshot(this.page, "library");

		// Chat: a streamed answer with a citation that opens its source beside it.
		this.page.navigate("/collections/clinic/chat");
		this.page.getByLabel("Your question").fill("Which antibiotic was community acquired pneumonia treated with?");
		this.page.getByLabel("Your question").press("Enter");
		Locator answer = this.page.locator(".message.assistant").last();
		assertThat(answer).not().hasClass(Pattern.compile(".*streaming.*"));
		assertThat(answer.locator(".answer-text")).containsText("azithromycin");
		assertThat(answer).not().hasClass(Pattern.compile(".*refused.*"));
		assertThat(Integer.parseInt(answer.getAttribute("data-deltas"))).as("deltas streamed").isPositive();
		Locator marker = answer.locator(".answer-text button.cite").first();
		marker.click();
		Locator source = this.page.locator("#source");
		assertThat(source).isVisible();
		assertThat(source.locator(".quote")).containsText("azithromycin");
		assertThat(source).isFocused();
		JsonNode cited = citedSource();
		int citedPage = cited.get("pageStart").asInt();
		assertThat(citedPage).isLessThanOrEqualTo(3);
		assertThat(cited.get("pageEnd").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(source.locator(".source-title")).containsText(" " + citedPage);
		// The cited page, rendered, with the supporting region drawn over it.
		Browsers.awaitImage(source.locator("img.page-image").first());
		assertThat(source.locator(".box.highlight").first()).isVisible();
		Browsers.screenshot(this.page, "chat");

		// The citation opens the document at its page with the passage highlighted.
		source
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(Pattern.compile("Open the document")))
			.click();
		this.page.waitForURL(Pattern.compile(".*/documents/\\d+\\?page=" + citedPage + "&chunk=.*"));
		Locator highlighted = this.page.locator("#page-" + citedPage + " .passage.highlight");
		assertThat(highlighted).containsText("azithromycin");
		assertThat(this.page.locator("#page-" + citedPage)).isInViewport();
		assertThat(this.page.locator(".passage.highlight")).hasCount(1);
		Locator frame = this.page.locator("#page-" + citedPage + " .page-frame");
		Browsers.awaitImage(frame.locator("img.page-image"));
		assertThat(frame.locator(".box.highlight").first()).isVisible();
		Browsers.screenshot(this.page, "document");

		// The conversation is kept: resumed from the list, a follow-up continues it.
		this.page.navigate("/collections/clinic/chat");
		this.page.locator("#conversations a").first().click();
		assertThat(this.page.locator(".message")).hasCount(2);
		assertThat(this.page.locator(".message.assistant button.cite").first()).isVisible();
		this.page.getByLabel("Your question").fill("How many patients did the aortic valve replacement cohort enroll?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
		assertThat(this.page.locator(".message.assistant").last()).not().hasClass(Pattern.compile(".*streaming.*"));
		assertThat(this.page.locator(".message.assistant").last()).containsText("412");
		assertThat(this.page.locator("#conversations li")).hasCount(1);
		JsonNode conversations = new ApiClient(this.port).get("/api/collections/clinic/conversations").json();
		long conversationId = conversations.get(0).get("id").asLong();
		assertThat(new ApiClient(this.port).get("/api/collections/clinic/conversations/" + conversationId)
			.json()
			.get("messages")
			.size()).isEqualTo(4);

		// A question the documents do not answer is shown as a refusal.
		this.page.getByLabel("Your question").fill("What is the capital of Australia?");
		this.page.getByLabel("Your question").press("Enter");
		Locator refusal = this.page.locator(".message.assistant").last();
		assertThat(refusal).hasClass(Pattern.compile(".*refused.*"));
		assertThat(refusal.locator(".who")).hasText("No answer in the sources");

		extract();
		search();
		markupStaysText();
		reingest();
		delete();
	}

	/** Re-ingesting reads the stored file again: a new document that becomes ready. */
	private void reingest() {
		this.page.navigate("/collections/clinic/library");
		String before = this.page.locator("#documents tbody tr").getAttribute("data-id");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Re-ingest ")))
			.click();
		this.page.locator("#confirm-ok").click();
		Locator row = this.page.locator("#documents tbody tr");
		assertThat(row).not().hasAttribute("data-id", before);
		assertThat(row.locator(".badge")).hasText("ready", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		assertThat(row.locator("td").nth(1)).hasText(String.valueOf(WardReport.PAGES.size()));
	}

	/** The first citation of the last answer, as the API keeps it. */
	private JsonNode citedSource() {
		ApiClient api = new ApiClient(this.port);
		long id = api.get("/api/collections/clinic/conversations").json().get(0).get("id").asLong();
		JsonNode messages = api.get("/api/collections/clinic/conversations/" + id).json().get("messages");
		return messages.get(messages.size() - 1).get("citations").get(0);
	}

	private void extract() {
		this.page.navigate("/collections/clinic/extract");
		this.page.getByLabel("JSON Schema")
			.fill("""
					{"type": "object", "properties": {
					  "patientsEnrolled": {"type": "integer", "description": "patients enrolled in the aortic valve replacement cohort"},
					  "nurseVaccinationPercent": {"type": "number", "description": "influenza vaccination coverage among nurses in percent"}}}""");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Extract")).click();
		Locator json = this.page.locator("#result-json");
		assertThat(json).not().isEmpty();
		JsonNode value = JSON.readTree(json.textContent());
		assertThat(value.get("patientsEnrolled").asInt()).as(value.toString()).isEqualTo(412);
		Locator field = this.page.locator("#field-citations [data-field='/patientsEnrolled']");
		assertThat(field.locator("dt")).hasText("/patientsEnrolled");
		assertThat(field.locator("dd a").first()).containsText("page 1");
		assertThat(field.locator("dd q").first()).containsText("412 patients");
		com.microsoft.playwright.Download download = this.page
			.waitForDownload(() -> this.page.getByText("Download JSON").click());
		JsonNode saved = JSON.readTree(download.path().toFile());
		assertThat(saved.get("value")).isEqualTo(value);
	}

	private void search() {
		this.page.navigate("/collections/clinic/search");
		this.page.getByLabel("Search for").fill("pneumonia antibiotic");
		this.page.getByLabel("Search for").press("Enter");
		Locator first = this.page.locator(".result").first();
		assertThat(first.locator("h2")).containsText("page 3");
		assertThat(first.locator(".snippet mark").first())
			.hasText(Pattern.compile("pneumonia|antibiotic", Pattern.CASE_INSENSITIVE));
	}

	/** Markup in a document is shown as text, never run. */
	private void markupStaysText() {
		this.page.getByLabel("Search for").fill("rota board urgent");
		this.page.getByLabel("Search for").press("Enter");
		Locator first = this.page.locator(".result").first();
		assertThat(first.locator(".snippet")).containsText("<img src=x");
		assertThat(first.locator(".snippet img, .snippet b")).hasCount(0);
		assertThat(this.page).not().hasTitle("pwned");
	}

	private void delete() {
		this.page.navigate("/collections/clinic/library");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Delete "))).click();
		Locator dialog = this.page.locator("#confirm-dialog");
		assertThat(dialog).isVisible();
		assertThat(dialog).containsText("cannot be undone");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
		assertThat(this.page.locator("#documents tbody tr")).hasCount(0);
		assertThat(this.page.locator("#summary")).containsText("was deleted");
		List<?> left = JSON.convertValue(new ApiClient(this.port).get("/api/collections/clinic/documents").json(),
				List.class);
		assertThat(left).isEmpty();
	}

	@Test
	void controlsAreLabelledAndKeyboardReachableAndThePhoneLayoutFits() {
		new ApiClient(this.port).postJson("/api/collections", Map.of("name", "labels"));
		for (String path : List.of("/", "/collections/labels/upload", "/collections/labels/library",
				"/collections/labels/chat", "/collections/labels/search", "/collections/labels/extract")) {
			this.page.navigate(path);
			Object unlabelled = this.page.evaluate("""
					() => [...document.querySelectorAll('input, select, textarea, button')]
					  .filter((c) => c.type !== 'hidden')
					  .filter((c) => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')
					    && !c.getAttribute('aria-labelledby') && !(c.tagName === 'BUTTON' && c.textContent.trim()))
					  .map((c) => c.outerHTML)""");
			assertThat((List<?>) unlabelled).as(path).isEmpty();
			assertThat(this.page.locator("h1")).hasCount(1);
		}

		// Keyboard only: the skip link first, then the question box is reachable and
		// sends.
		this.page.navigate("/collections/labels/chat");
		this.page.locator("body").focus();
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator("a.skip")).isFocused();
		this.page.keyboard().press("Enter");
		int tabs = 0;
		while (!this.page.locator("#question").evaluate("(e) => e === document.activeElement").equals(Boolean.TRUE)) {
			this.page.keyboard().press("Tab");
			assertThat(++tabs).as("tabs to reach the question").isLessThan(15);
		}
		// The API key dialog opens and closes from the keyboard.
		this.page.locator("#key-button").focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#key-dialog")).isVisible();
		assertThat(this.page.locator("#key-input")).isFocused();
		this.page.keyboard().press("Escape");
		assertThat(this.page.locator("#key-dialog")).not().isVisible();

		// A phone: nothing wider than the screen.
		BrowserContext phone = browsers.context("http://localhost:" + this.port, 390, 844);
		Page small = phone.newPage();
		small.navigate("/collections/labels/chat");
		assertThat(small.locator("#conversations")).isAttached();
		assertThat(small.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
		Browsers.screenshot(small, "chat-phone");
		small.navigate("/");
		assertThat(small.locator("#collections")).hasAttribute("aria-busy", "false");
		assertThat(small.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
		phone.close();
	}

	@Test
	void aRevokedOrUnknownKeyIsExplainedWithAWayToEnterAnother() {
		this.page.navigate("/");
		this.page.evaluate("() => sessionStorage.setItem('cairn.apiKey', 'cairn_notARealKey0000000000000000')");
		this.page.reload();
		Locator alert = this.page.locator("#alert");
		assertThat(alert).isVisible();
		assertThat(alert).containsText("needs an API key");
		alert.getByText("Enter API key").click();
		assertThat(this.page.locator("#key-dialog")).isVisible();
		this.page.locator("#key-input").fill("");
		this.page.locator("#key-save").click();
		assertThat(this.page.locator("#collections")).hasAttribute("aria-busy", "false");
		assertThat(this.page.locator("#alert")).isHidden();
	}

}
