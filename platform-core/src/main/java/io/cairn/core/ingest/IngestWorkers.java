package io.cairn.core.ingest;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of workers that claim ingest jobs from the shared queue. Jobs of a node
 * that died are claimed again once their heartbeat is stale; jobs of a node that shuts
 * down cleanly are put back at once.
 */
public final class IngestWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(IngestWorkers.class);

	private final IngestJobRunner runner;

	private final JobRepository jobs;

	private final DocumentRepository documents;

	private final CollectionRepository collections;

	private final WorkerSettings settings;

	private final String nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8);

	private final Semaphore wakeUp = new Semaphore(0);

	private final ExecutorService pool;

	private volatile boolean running = true;

	public IngestWorkers(IngestJobRunner runner, JobRepository jobs, DocumentRepository documents,
			CollectionRepository collections, WorkerSettings settings) {
		this.runner = runner;
		this.jobs = jobs;
		this.documents = documents;
		this.collections = collections;
		this.settings = settings;
		this.pool = Executors.newFixedThreadPool(settings.threads(), Thread.ofPlatform().name("ingest-", 1).factory());
	}

	/** Starts the workers. */
	public void start() {
		for (int i = 0; i < this.settings.threads(); i++) {
			String workerId = this.nodeId + "-" + i;
			this.pool.submit(() -> loop(workerId));
		}
		log.info("Started {} ingest worker(s) as {}", this.settings.threads(), this.nodeId);
	}

	/**
	 * Tells idle workers that a job was queued, so they do not wait for the next poll.
	 */
	public void wakeUp() {
		this.wakeUp.release(this.settings.threads());
	}

	private void loop(String workerId) {
		while (this.running) {
			try {
				Optional<IngestJob> claimed = this.jobs.claimNext(workerId, this.settings.staleAfter());
				if (claimed.isPresent()) {
					process(claimed.get());
				}
				else {
					this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
					this.wakeUp.drainPermits();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The queue itself failed (database down?): back off instead of spinning.
				log.warn("Ingest worker {} could not claim a job: {}", workerId, ex.toString());
				sleepQuietly(this.settings.pollInterval());
			}
		}
	}

	/** Runs one job; every outcome ends in DONE, FAILED or back in the queue. */
	void process(IngestJob job) {
		try {
			this.runner.run(job);
			log.info("Ingested document {} (job {})", job.documentId(), job.id());
		}
		catch (DocumentRejectedException ex) {
			fail(job, ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (!this.running) {
				this.jobs.release(job.id());
				return;
			}
			if (job.attempts() >= this.settings.maxAttempts()) {
				log.error("Ingest job {} failed after {} attempts", job.id(), job.attempts(), ex);
				fail(job, "Failed after " + job.attempts() + " attempts: " + ex.getMessage());
			}
			else {
				log.warn("Ingest job {} attempt {} failed, will retry: {}", job.id(), job.attempts(), ex.toString());
				this.jobs.release(job.id());
			}
		}
	}

	private void fail(IngestJob job, String reason) {
		this.documents.findById(job.documentId()).ifPresent((document) -> {
			this.collections.findById(document.collectionId())
				.ifPresent((collection) -> this.runner.discardPartialResults(document.id(), collection));
			this.documents.markFailed(document.id(), reason);
		});
		this.jobs.fail(job.id(), reason);
	}

	@Override
	public void close() {
		this.running = false;
		this.wakeUp();
		this.pool.shutdownNow();
		try {
			if (!this.pool.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("Ingest workers did not stop within 30 s; their jobs will be re-claimed when stale");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Worker pool settings.
	 *
	 * @param threads concurrent jobs on this node
	 * @param pollInterval how often idle workers look for jobs queued by other nodes
	 * @param staleAfter how long a job may go without progress before another worker
	 * takes it
	 * @param maxAttempts attempts before a job that keeps failing is marked failed
	 */
	public record WorkerSettings(int threads, Duration pollInterval, Duration staleAfter, int maxAttempts) {

		public static WorkerSettings defaults() {
			return new WorkerSettings(1, Duration.ofSeconds(2), Duration.ofMinutes(2), 3);
		}

	}

}
