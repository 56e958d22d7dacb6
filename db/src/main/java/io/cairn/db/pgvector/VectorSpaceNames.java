package io.cairn.db.pgvector;

import java.util.Locale;
import java.util.regex.Pattern;

/** Vector space names end up in SQL literals and index names, so they are restricted. */
final class VectorSpaceNames {

	private static final String PREFIX = "chunk_vector_hnsw_";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private VectorSpaceNames() {
	}

	static String check(String space) {
		if (!VALID.matcher(space).matches()) {
			throw new IllegalArgumentException("Invalid vector space name '" + space
					+ "': use 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		return space;
	}

	/**
	 * A PostgreSQL identifier (at most 63 bytes) for the space's HNSW index; a hash of
	 * the exact name keeps spaces that differ only in case or punctuation apart.
	 */
	static String indexName(String space, int dimensions) {
		String readable = space.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		String suffix = "_" + dimensions;
		if (readable.equals(space) && PREFIX.length() + readable.length() + suffix.length() <= 63) {
			return PREFIX + readable + suffix;
		}
		String hash = "_" + Integer.toHexString(space.hashCode());
		int room = 63 - PREFIX.length() - hash.length() - suffix.length();
		return PREFIX + readable.substring(0, Math.min(room, readable.length())) + hash + suffix;
	}

}
