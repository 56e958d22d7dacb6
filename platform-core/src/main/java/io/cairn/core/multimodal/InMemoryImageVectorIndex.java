package io.cairn.core.multimodal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact search over vectors held in memory, grouped by document. A collection's images
 * number in the thousands, not millions, so a scan is fast and needs no tuning; the
 * vectors are lost on restart and come back when documents are ingested again.
 * Thread-safe.
 */
public final class InMemoryImageVectorIndex implements ImageVectorIndex {

	private final Map<Long, Map<String, ImageVector>> byDocument = new LinkedHashMap<>();

	@Override
	public synchronized void upsert(List<ImageVector> vectors) {
		for (ImageVector v : vectors) {
			this.byDocument.computeIfAbsent(v.documentId(), (id) -> new LinkedHashMap<>()).put(v.assetKey(), v);
		}
	}

	@Override
	public synchronized void deleteDocument(long documentId) {
		this.byDocument.remove(documentId);
	}

	@Override
	public List<ImageHit> search(long collectionId, float[] query, int k) {
		TopImageHits top = new TopImageHits(query, k);
		List<ImageVector> candidates = new ArrayList<>();
		synchronized (this) {
			this.byDocument.values()
				.forEach((assets) -> assets.values()
					.stream()
					.filter((v) -> v.collectionId() == collectionId)
					.forEach(candidates::add));
		}
		candidates.forEach(top::offer);
		return top.hits();
	}

}
