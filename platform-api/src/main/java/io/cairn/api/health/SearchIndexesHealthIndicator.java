package io.cairn.api.health;

import io.cairn.api.storage.IndexReconciler;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.retrieval.KeywordIndex;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Up when the keyword index is open and was reconciled with the catalog. */
@Component
class SearchIndexesHealthIndicator extends AbstractHealthIndicator {

	private final IndexReconciler reconciler;

	private final KeywordIndex keywordIndex;

	private final ChunkRepository chunks;

	SearchIndexesHealthIndicator(IndexReconciler reconciler, KeywordIndex keywordIndex, ChunkRepository chunks) {
		super("Search index check failed");
		this.reconciler = reconciler;
		this.keywordIndex = keywordIndex;
		this.chunks = chunks;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		long indexed = this.keywordIndex.count();
		long stored = this.chunks.countIndexable();
		builder.withDetail("keywordChunks", indexed).withDetail("catalogChunks", stored);
		if (this.reconciler.isConsistent()) {
			builder.up();
		}
		else {
			builder.outOfService().withDetail("reason", "indexes not yet reconciled with the catalog");
		}
	}

}
