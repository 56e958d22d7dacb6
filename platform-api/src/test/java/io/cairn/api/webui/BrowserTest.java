package io.cairn.api.webui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.cairn.api.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real app (server storage mode, a fresh schema, open API; one context shared by the
 * browser test classes) with one headless Chromium per test class and a fresh browser
 * context per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
abstract class BrowserTest {

	static Browsers browsers;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		// Not a @TempDir: the test classes share one cached application context, which
		// must keep its data directory after the first class ends.
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeAll
	static void browser() {
		browsers = new Browsers();
	}

	@AfterAll
	static void closeBrowser() {
		browsers.close();
	}

	@BeforeEach
	void open() {
		this.context = browsers.context("http://localhost:" + this.port, 1280, 860);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

}
