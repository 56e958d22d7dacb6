package io.cairn.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository, the data sets and the benchmark caches are. */
final class BenchPaths {

	private BenchPaths() {
	}

	/**
	 * The repository root: the nearest directory up from here holding the {@code cairn}
	 * script.
	 */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("cairn")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Run the benchmarks from the repository (./cairn bench NAME), not " + dir);
	}

	/** {@code platform-api/target/bench-cache}, created if missing. */
	static Path cache() {
		Path cache = root().resolve("platform-api").resolve("target").resolve("bench-cache");
		try {
			Files.createDirectories(cache);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cache;
	}

	/** A new temporary directory for a run's indexes and embedded database. */
	static Path scratch(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a directory tree, ignoring what cannot be deleted. */
	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// scratch space only
		}
	}

}
