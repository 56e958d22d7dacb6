package io.cairn.api.problem;

import java.net.URI;

/** Stable problem type URIs (RFC 9457); clients may switch on them. */
public final class ProblemTypes {

	public static final URI INVALID_REQUEST = of("invalid-request");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI CONFLICT = of("conflict");

	public static final URI DUPLICATE_DOCUMENT = of("duplicate-document");

	public static final URI TOO_LARGE = of("too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI INTERNAL = of("internal-error");

	/** The JSON Schema of a structured-output request is not one Cairn can fill. */
	public static final URI INVALID_SCHEMA = of("invalid-schema");

	/**
	 * The generator's output did not validate against the schema, even after a repair.
	 */
	public static final URI INVALID_MODEL_OUTPUT = of("invalid-model-output");

	/** No API key, or an unknown or revoked one. */
	public static final URI UNAUTHORIZED = of("unauthorized");

	/** The API key does not reach what was asked for. */
	public static final URI FORBIDDEN = of("forbidden");

	/** This server imports no folders ({@code cairn.import.roots} is empty). */
	public static final URI FOLDER_IMPORT_DISABLED = of("folder-import-disabled");

	private ProblemTypes() {
	}

	/**
	 * A type URI for a document rejection reason, e.g.
	 * {@code urn:cairn:problem:document-encrypted}.
	 */
	public static URI documentRejected(String reason) {
		return of("document-" + reason.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
	}

	private static URI of(String name) {
		return URI.create("urn:cairn:problem:" + name);
	}

}
