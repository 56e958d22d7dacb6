package io.cairn.db.lucene;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.cairn.core.retrieval.VectorIndex;
import io.cairn.core.retrieval.VectorIndexProvider;

/**
 * Embedded mode: each vector space is a Lucene index in its own directory under a root.
 * Lucene allows one writer per directory, so each space is opened once and shared;
 * {@link #close()} closes them all.
 */
public class LuceneVectorIndexProvider implements VectorIndexProvider, AutoCloseable {

	/** Space names become directory names. */
	private static final Pattern VALID_SPACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final Path root;

	private final LuceneVectorOptions options;

	private final Map<String, LuceneVectorIndex> open = new ConcurrentHashMap<>();

	/**
	 * @param root directory under which each space gets a directory of its own
	 * @param options index tuning
	 */
	public LuceneVectorIndexProvider(Path root, LuceneVectorOptions options) {
		this.root = root;
		this.options = options;
	}

	@Override
	public VectorIndex open(String space, int dimensions) {
		if (!VALID_SPACE.matcher(space).matches()) {
			throw new IllegalArgumentException("Invalid vector space name '" + space
					+ "': use 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		// A space closed by its user is opened again.
		LuceneVectorIndex index = this.open.compute(space, (name, current) -> (current != null && current.isOpen())
				? current : new LuceneVectorIndex(this.root.resolve(name), dimensions, this.options));
		if (index.dimensions() != dimensions) {
			throw new IllegalArgumentException("Vector space '" + space + "' is open with " + index.dimensions()
					+ " dimensions, not " + dimensions);
		}
		return index;
	}

	@Override
	public void close() {
		RuntimeException failure = null;
		for (LuceneVectorIndex index : this.open.values()) {
			try {
				index.close();
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		this.open.clear();
		if (failure != null) {
			throw failure;
		}
	}

}
