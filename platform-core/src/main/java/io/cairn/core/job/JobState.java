package io.cairn.core.job;

/** States of an ingest job, in the order a job passes through them. */
public enum JobState {

	QUEUED, PARSING, CHUNKING, ENCODING, INDEXING, DONE, FAILED;

	public boolean isTerminal() {
		return this == DONE || this == FAILED;
	}

}
