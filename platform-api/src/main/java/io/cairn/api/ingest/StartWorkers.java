package io.cairn.api.ingest;

import io.cairn.api.config.IngestProperties;
import io.cairn.api.storage.IndexReconciler;
import io.cairn.core.ingest.IngestWorkers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest workers once the application is ready and the derived indexes agree
 * with the catalog, so a resumed job never indexes into a half-rebuilt index.
 */
@Component
class StartWorkers implements ApplicationListener<ApplicationReadyEvent> {

	private final IndexReconciler reconciler;

	private final IngestWorkers workers;

	private final IngestProperties properties;

	StartWorkers(IndexReconciler reconciler, IngestWorkers workers, IngestProperties properties) {
		this.reconciler = reconciler;
		this.workers = workers;
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.reconciler.reconcile();
		if (this.properties.workersEnabled()) {
			this.workers.start();
		}
	}

}
