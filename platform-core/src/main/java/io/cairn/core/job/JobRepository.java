package io.cairn.core.job;

import java.time.Duration;
import java.util.Optional;

/** The ingest queue, shared by every node through the database. */
public interface JobRepository {

	Optional<IngestJob> findById(long jobId);

	Optional<IngestJob> findLatestForDocument(long documentId);

	/**
	 * Claims the oldest job that is queued, or that is in progress but whose worker has
	 * not reported for {@code staleAfter} (a crashed or restarted node), using
	 * {@code FOR UPDATE SKIP LOCKED} so that concurrent workers never claim the same job.
	 * Increments the attempt count.
	 */
	Optional<IngestJob> claimNext(String workerId, Duration staleAfter);

	/** Records progress and refreshes the worker's heartbeat. */
	void progress(long jobId, JobState state, int pagesDone, int pagesTotal);

	void complete(long jobId);

	void fail(long jobId, String error);

	/** Puts a job back in the queue (used when a node shuts down mid-job). */
	void release(long jobId);

}
