package io.cairn.core.job;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One document ingest.
 *
 * @param id database id
 * @param documentId the document being ingested
 * @param state current state
 * @param pagesDone pages parsed and checkpointed so far
 * @param pagesTotal pages in the file, 0 until known
 * @param attempts how many times a worker claimed the job
 * @param error why it failed, if it did
 * @param createdAt creation time
 * @param updatedAt last progress
 */
public record IngestJob(long id, long documentId, JobState state, int pagesDone, int pagesTotal, int attempts,
		@Nullable String error, Instant createdAt, Instant updatedAt) {
}
