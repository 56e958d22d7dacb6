package io.cairn.core.document;

import io.cairn.core.ConflictException;

/** The collection already holds a document with the same bytes. */
public class DuplicateDocumentException extends ConflictException {

	private final long existingDocumentId;

	public DuplicateDocumentException(long existingDocumentId) {
		this(existingDocumentId, "The collection already holds these exact bytes as document " + existingDocumentId);
	}

	private DuplicateDocumentException(long existingDocumentId, String message) {
		super(message);
		this.existingDocumentId = existingDocumentId;
	}

	/**
	 * A video uploaded again with a subtitle file: duplicates are matched on the video's
	 * bytes, so the message says how to change the stored video's subtitles instead.
	 */
	public static DuplicateDocumentException withOtherSubtitles(long existingDocumentId) {
		return new DuplicateDocumentException(existingDocumentId,
				"The collection already holds this video as document " + existingDocumentId
						+ ". To give it other subtitles, send them (part 'subtitles') with PUT to"
						+ " /api/collections/{collection}/documents/" + existingDocumentId + "/subtitles.");
	}

	public long existingDocumentId() {
		return this.existingDocumentId;
	}

}
