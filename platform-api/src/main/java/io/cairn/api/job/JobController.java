package io.cairn.api.job;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.cairn.api.security.CollectionAccess;
import io.cairn.core.NotFoundException;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Ingest job progress, as a snapshot or as a server-sent event stream. */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs")
public class JobController {

	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private static final long POLL_MILLIS = 250;

	private final JobRepository jobs;

	// One small scheduler polls for every open stream; streams hold no thread while they
	// wait.
	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("job-events").daemon().factory());

	private final DocumentRepository documents;

	private final CollectionAccess access;

	public JobController(JobRepository jobs, DocumentRepository documents, CollectionAccess access) {
		this.jobs = jobs;
		this.documents = documents;
		this.access = access;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a job's progress")
	public JobView get(@PathVariable long id) {
		return JobView.of(require(id));
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Stream a job's progress",
			description = "Sends a 'progress' event whenever the job changes and a final 'done' or 'failed' event.")
	public SseEmitter events(@PathVariable long id) {
		require(id);
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		AtomicReference<JobView> last = new AtomicReference<>();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable stop = () -> {
			ScheduledFuture<?> future = task.get();
			if (future != null) {
				future.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError((ex) -> stop.run());
		task.set(this.poller.scheduleWithFixedDelay(() -> push(id, emitter, last, stop), 0, POLL_MILLIS,
				TimeUnit.MILLISECONDS));
		return emitter;
	}

	private void push(long id, SseEmitter emitter, AtomicReference<JobView> last, Runnable stop) {
		try {
			var job = this.jobs.findById(id);
			if (job.isEmpty()) {
				emitter.send(SseEmitter.event().name("failed").data("The job was deleted with its document"));
				stop.run();
				emitter.complete();
				return;
			}
			JobView view = JobView.of(job.get());
			if (!view.equals(last.getAndSet(view))) {
				emitter.send(SseEmitter.event().name("progress").data(view, MediaType.APPLICATION_JSON));
			}
			if (job.get().state().isTerminal()) {
				emitter.send(SseEmitter.event()
					.name(job.get().state().name().toLowerCase(java.util.Locale.ROOT))
					.data(view, MediaType.APPLICATION_JSON));
				stop.run();
				emitter.complete();
			}
		}
		catch (IOException | RuntimeException ex) {
			// The client went away or the database failed: end this stream only.
			stop.run();
			emitter.completeWithError(ex);
		}
	}

	/** The job, if the caller's key reaches the collection of its document. */
	private IngestJob require(long id) {
		IngestJob job = this.jobs.findById(id).orElseThrow(() -> new NotFoundException("No job " + id));
		this.documents.findById(job.documentId()).map(Document::collectionId).ifPresent(this.access::checkId);
		return job;
	}

	@PreDestroy
	void shutdown() {
		this.poller.shutdownNow();
	}

}
