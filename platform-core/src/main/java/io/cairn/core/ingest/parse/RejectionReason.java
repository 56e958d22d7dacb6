package io.cairn.core.ingest.parse;

import java.util.Locale;

/**
 * Why a document was rejected; stable codes for APIs, logs and the document's failure
 * reason.
 */
public enum RejectionReason {

	EMPTY, UNSUPPORTED_MEDIA_TYPE, MEDIA_TYPE_MISMATCH, ENCRYPTED, CORRUPT, TOO_MANY_PAGES, TOO_MANY_CHARACTERS,
	TOO_LARGE, PARSE_TIMEOUT, ARCHIVE_BOMB, NO_TEXT, TOO_LONG,

	/** A subtitle file sent with a video that cannot be used. */
	INVALID_SIDECAR;

	/**
	 * The reason as a lower-case, hyphenated code, e.g. {@code too-many-pages}, for
	 * problem type URIs.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
