package io.cairn.core.document;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A document about to be stored, with its original bytes.
 *
 * @param collectionId owning collection
 * @param title title
 * @param fileName original file name
 * @param mediaType detected media type
 * @param sha256 hex digest of {@code content}
 * @param profile chunking profile to use
 * @param metadata user metadata
 * @param content the original bytes
 * @param sidecar subtitles that came with a video, or null
 */
public record NewDocument(long collectionId, String title, String fileName, String mediaType, String sha256,
		String profile, Map<String, String> metadata, byte[] content, @Nullable Sidecar sidecar) {

	public NewDocument(long collectionId, String title, String fileName, String mediaType, String sha256,
			String profile, Map<String, String> metadata, byte[] content) {
		this(collectionId, title, fileName, mediaType, sha256, profile, metadata, content, null);
	}

}
