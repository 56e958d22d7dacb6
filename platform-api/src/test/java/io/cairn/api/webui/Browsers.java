package io.cairn.api.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for a test class: the system browser (bin/setup-system-packages
 * installs it), never a downloaded one, so the tests run offline.
 */
final class Browsers implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("cairn.test.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Map<String, String> DRIVER_ENV = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

	private final Playwright playwright;

	private final Browser browser;

	Browsers() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("No Chromium at " + CHROMIUM
					+ ": install it with bin/setup-system-packages (Debian package chromium)");
		}
		this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(DRIVER_ENV));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	/** A fresh context (own storage) with the given viewport. */
	BrowserContext context(String baseUrl, int width, int height) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height));
		context.setDefaultTimeout(20_000);
		return context;
	}

	static Path screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file));
		return file;
	}

	/** Waits until the image has loaded and checks it has pixels. */
	static void awaitImage(Locator image) {
		image.evaluate("(img) => img.complete && img.naturalWidth > 0 ? true"
				+ " : new Promise((ok, fail) => { img.onload = () => ok(true); img.onerror = fail; })");
		int width = ((Number) image.evaluate("(img) => img.naturalWidth")).intValue();
		if (width <= 0) {
			throw new AssertionError("The image did not load: " + image);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
