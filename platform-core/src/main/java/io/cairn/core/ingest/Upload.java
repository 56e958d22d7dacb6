package io.cairn.core.ingest;

import java.util.Map;

import io.cairn.core.document.Sidecar;
import org.jspecify.annotations.Nullable;

/**
 * A file handed to Cairn.
 *
 * @param fileName the client's file name (used for type detection and as default title)
 * @param content the bytes
 * @param title title, or null for the file name
 * @param profile chunking profile overriding the collection's, or null
 * @param metadata user metadata, usable as search filters
 * @param sidecar subtitles for a video (see {@link SidecarFiles#decode}), or null
 */
public record Upload(String fileName, byte[] content, @Nullable String title, @Nullable String profile,
		Map<String, String> metadata, @Nullable Sidecar sidecar) {

	public Upload {
		metadata = Map.copyOf(metadata);
	}

	public Upload(String fileName, byte[] content, @Nullable String title, @Nullable String profile,
			Map<String, String> metadata) {
		this(fileName, content, title, profile, metadata, null);
	}

}
