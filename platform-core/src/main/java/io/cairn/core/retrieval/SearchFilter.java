package io.cairn.core.retrieval;

import java.util.Map;
import java.util.Set;

/**
 * Restricts a search. Every non-empty part must match.
 *
 * @param collectionIds chunks of these collections (empty: any)
 * @param documentIds chunks of these documents (empty: any)
 * @param metadata chunks whose metadata has all these exact key/value pairs
 */
public record SearchFilter(Set<Long> collectionIds, Set<Long> documentIds, Map<String, String> metadata) {

	public SearchFilter {
		collectionIds = Set.copyOf(collectionIds);
		documentIds = Set.copyOf(documentIds);
		metadata = Map.copyOf(metadata);
	}

	public static SearchFilter collection(long collectionId) {
		return new SearchFilter(Set.of(collectionId), Set.of(), Map.of());
	}

	public SearchFilter withDocuments(Set<Long> ids) {
		return new SearchFilter(this.collectionIds, ids, this.metadata);
	}

	public SearchFilter withMetadata(Map<String, String> fields) {
		return new SearchFilter(this.collectionIds, this.documentIds, fields);
	}

	/**
	 * Whether a chunk with these attributes passes the filter (the reference semantics).
	 */
	public boolean matches(long collectionId, long documentId, Map<String, String> chunkMetadata) {
		return (this.collectionIds.isEmpty() || this.collectionIds.contains(collectionId))
				&& (this.documentIds.isEmpty() || this.documentIds.contains(documentId))
				&& this.metadata.entrySet()
					.stream()
					.allMatch((entry) -> entry.getValue().equals(chunkMetadata.get(entry.getKey())));
	}

}
