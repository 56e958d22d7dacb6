package io.cairn.core.document;

import io.cairn.core.ConflictException;

/** The collection already holds a document with the same bytes. */
public class DuplicateDocumentException extends ConflictException {

	private final long existingDocumentId;

	public DuplicateDocumentException(long existingDocumentId) {
		super("The collection already holds these exact bytes as document " + existingDocumentId);
		this.existingDocumentId = existingDocumentId;
	}

	public long existingDocumentId() {
		return this.existingDocumentId;
	}

}
