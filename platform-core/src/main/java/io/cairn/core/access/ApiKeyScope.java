package io.cairn.core.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an API key may reach: every collection, or the listed ones.
 *
 * @param allCollections whether the key reaches every collection, present and future
 * @param collectionIds the collections the key reaches when not all; empty when all
 */
public record ApiKeyScope(boolean allCollections, Set<Long> collectionIds) {

	/** Every collection, including those created later. */
	public static final ApiKeyScope ALL = new ApiKeyScope(true, Set.of());

	public ApiKeyScope {
		collectionIds = java.util.Collections.unmodifiableSet(new TreeSet<>(collectionIds));
		if (allCollections && !collectionIds.isEmpty()) {
			throw new IllegalArgumentException("A scope of all collections lists no collection ids");
		}
	}

	/**
	 * The given collections only.
	 * @throws IllegalArgumentException if there are none: such a key could reach nothing
	 */
	public static ApiKeyScope of(Collection<Long> collectionIds) {
		if (collectionIds.isEmpty()) {
			throw new IllegalArgumentException("A key needs at least one collection in its scope");
		}
		return new ApiKeyScope(false, new TreeSet<>(collectionIds));
	}

	public boolean allows(long collectionId) {
		return this.allCollections || this.collectionIds.contains(collectionId);
	}

}
