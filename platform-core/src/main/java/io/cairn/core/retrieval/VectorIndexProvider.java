package io.cairn.core.retrieval;

/**
 * Opens the {@link VectorIndex} of a vector space (one per embedding model, e.g. the
 * English text space and the image space), so the storage mode decides where vectors
 * live.
 */
public interface VectorIndexProvider {

	/**
	 * The index of {@code space}, created empty if it does not exist yet. Opening the
	 * same space again returns the same open index.
	 * @param space name of the space: 1 to 100 letters, digits, '.', '_' or '-'
	 * @param dimensions dimensions of the space's vectors
	 * @throws IllegalArgumentException if the space is already open with other dimensions
	 */
	VectorIndex open(String space, int dimensions);

}
