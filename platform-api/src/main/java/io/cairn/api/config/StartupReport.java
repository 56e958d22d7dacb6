package io.cairn.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the user where Cairn listens and where it keeps its data. */
@Component
class StartupReport implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final StorageProperties storage;

	StartupReport(StorageProperties storage) {
		this.storage = storage;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		String where = (this.storage.mode() == StorageProperties.Mode.EMBEDDED)
				? "embedded PostgreSQL + Lucene under " + this.storage.dataDir().toAbsolutePath().normalize()
				: "PostgreSQL with pgvector + Lucene BM25 under " + this.storage.dataDir().toAbsolutePath().normalize();
		String message = "Cairn is serving on http://localhost:" + port + " (API /api, OpenAPI /v3/api-docs,"
				+ " health /actuator/health); storage: " + where;
		log.info(message);
		// Also on stdout, so it is visible whatever the logging configuration.
		System.out.println(message);
	}

}
