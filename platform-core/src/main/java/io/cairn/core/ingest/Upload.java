package io.cairn.core.ingest;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file handed to Cairn.
 *
 * @param fileName the client's file name (used for type detection and as default title)
 * @param content the bytes
 * @param title title, or null for the file name
 * @param profile chunking profile overriding the collection's, or null
 * @param metadata user metadata, usable as search filters
 */
public record Upload(String fileName, byte[] content, @Nullable String title, @Nullable String profile,
		Map<String, String> metadata) {

	public Upload {
		metadata = Map.copyOf(metadata);
	}

}
