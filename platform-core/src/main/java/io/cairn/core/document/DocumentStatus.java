package io.cairn.core.document;

/** Lifecycle of a document; only READY documents are searchable. */
public enum DocumentStatus {

	QUEUED, PROCESSING, READY, FAILED

}
