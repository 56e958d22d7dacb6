package io.cairn.api.job;

import java.time.Instant;

import io.cairn.core.job.IngestJob;
import org.jspecify.annotations.Nullable;

/**
 * An ingest job's progress.
 *
 * @param id job id
 * @param documentId document being ingested
 * @param state QUEUED, PARSING, CHUNKING, ENCODING, INDEXING, DONE or FAILED
 * @param pagesDone pages parsed
 * @param pagesTotal pages in the file (0 until known)
 * @param progress fraction done, 0 to 1
 * @param attempts times a worker took the job
 * @param error why it failed
 * @param updatedAt last progress
 */
public record JobView(long id, long documentId, String state, int pagesDone, int pagesTotal, double progress,
		int attempts, @Nullable String error, Instant updatedAt) {

	static JobView of(IngestJob job) {
		return new JobView(job.id(), job.documentId(), job.state().name(), job.pagesDone(), job.pagesTotal(),
				progress(job), job.attempts(), job.error(), job.updatedAt());
	}

	/** Parsing is most of the work; the later steps take the last tenth. */
	private static double progress(IngestJob job) {
		return switch (job.state()) {
			case QUEUED -> 0;
			case PARSING -> (job.pagesTotal() == 0) ? 0 : 0.9 * job.pagesDone() / job.pagesTotal();
			case CHUNKING -> 0.9;
			case ENCODING -> 0.93;
			case INDEXING -> 0.97;
			case DONE, FAILED -> 1;
		};
	}

}
