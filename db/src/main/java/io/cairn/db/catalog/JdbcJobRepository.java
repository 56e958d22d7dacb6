package io.cairn.db.catalog;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import io.cairn.core.job.JobState;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ingest queue in PostgreSQL, shared by every node. */
public class JdbcJobRepository implements JobRepository {

	/**
	 * Claimable: open jobs that no worker holds, or whose worker has not reported within
	 * the stale interval. SKIP LOCKED makes a concurrent claimer pass over the row this
	 * one is taking.
	 */
	private static final String CLAIM = """
			UPDATE ingest_job
			SET worker_id = :worker, attempts = attempts + 1, heartbeat_at = now(), updated_at = now()
			WHERE id = (
			    SELECT id FROM ingest_job
			    WHERE state NOT IN ('DONE', 'FAILED')
			      AND (worker_id IS NULL OR heartbeat_at IS NULL
			           OR heartbeat_at < now() - make_interval(secs => :staleSeconds))
			    ORDER BY created_at, id
			    FOR UPDATE SKIP LOCKED
			    LIMIT 1)
			RETURNING\s""" + Rows.JOB_COLUMNS;

	private final JdbcClient jdbc;

	public JdbcJobRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public Optional<IngestJob> findById(long jobId) {
		return this.jdbc.sql("SELECT " + Rows.JOB_COLUMNS + " FROM ingest_job WHERE id = ?")
			.param(jobId)
			.query(Rows::job)
			.optional();
	}

	@Override
	public Optional<IngestJob> findLatestForDocument(long documentId) {
		return this.jdbc
			.sql("SELECT " + Rows.JOB_COLUMNS + " FROM ingest_job WHERE document_id = ? ORDER BY id DESC LIMIT 1")
			.param(documentId)
			.query(Rows::job)
			.optional();
	}

	@Override
	public Optional<IngestJob> claimNext(String workerId, Duration staleAfter) {
		if (staleAfter.isNegative()) {
			throw new IllegalArgumentException("staleAfter must not be negative, got " + staleAfter);
		}
		return this.jdbc.sql(CLAIM)
			.param("worker", workerId)
			.param("staleSeconds", staleAfter.toMillis() / 1000.0)
			.query(Rows::job)
			.optional();
	}

	@Override
	public void progress(long jobId, JobState state, int pagesDone, int pagesTotal) {
		this.jdbc.sql("""
				UPDATE ingest_job SET state = ?, pages_done = ?, pages_total = ?, heartbeat_at = now(),
				    updated_at = now()
				WHERE id = ?""").params(state.name(), pagesDone, pagesTotal, jobId).update();
	}

	@Override
	public void complete(long jobId) {
		this.jdbc
			.sql("UPDATE ingest_job SET state = ?, error = NULL, heartbeat_at = now(), updated_at = now() "
					+ "WHERE id = ?")
			.params(JobState.DONE.name(), jobId)
			.update();
	}

	@Override
	public void fail(long jobId, String error) {
		this.jdbc
			.sql("UPDATE ingest_job SET state = ?, error = ?, heartbeat_at = now(), updated_at = now() "
					+ "WHERE id = ?")
			.params(JobState.FAILED.name(), error, jobId)
			.update();
	}

	@Override
	public void release(long jobId) {
		// Back to the queue with its checkpoint (pages_done) kept, so the next worker
		// resumes.
		this.jdbc.sql("""
				UPDATE ingest_job SET state = ?, worker_id = NULL, heartbeat_at = NULL, updated_at = now()
				WHERE id = ? AND state NOT IN ('DONE', 'FAILED')""").params(JobState.QUEUED.name(), jobId).update();
	}

}
