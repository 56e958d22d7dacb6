package io.cairn.api.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the API serves a document's images. */
public final class MediaUrls {

	private MediaUrls() {
	}

	/** The rendered or scanned image of a page. */
	public static String page(String collection, long documentId, int page) {
		return documents(collection, documentId) + "/pages/" + page;
	}

	/** A stored image (scanned page, figure, video frame). */
	public static String asset(String collection, long documentId, String key) {
		return documents(collection, documentId) + "/assets/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
	}

	private static String documents(String collection, long documentId) {
		return "/api/collections/" + URLEncoder.encode(collection, StandardCharsets.UTF_8) + "/documents/" + documentId;
	}

}
