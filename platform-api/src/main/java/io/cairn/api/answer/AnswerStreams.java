package io.cairn.api.answer;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a reactive stream to a server-sent event response and stops the stream when the
 * client goes away, so a disconnect frees the generator at once.
 */
public final class AnswerStreams {

	private static final Logger log = LoggerFactory.getLogger(AnswerStreams.class);

	/** Longest a streamed answer may take. */
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);

	private AnswerStreams() {
	}

	/**
	 * Streams {@code events}, each written by {@code write}; {@code onError} writes the
	 * last event when the stream fails.
	 */
	public static <T> SseEmitter emit(Flux<T> events, EventWriter<T> write, Function<Throwable, Object> onError) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Writer<T> writer = new Writer<>(emitter, write, onError);
		emitter.onCompletion(writer::dispose);
		emitter.onTimeout(writer::dispose);
		emitter.onError((error) -> writer.dispose());
		// Off the request thread, so events reach the client as they are produced.
		events.subscribeOn(Schedulers.boundedElastic()).subscribe(writer);
		return emitter;
	}

	/**
	 * Sends each event; a failed write means the client left, so it cancels the stream.
	 */
	private static final class Writer<T> extends BaseSubscriber<T> {

		private final SseEmitter emitter;

		private final EventWriter<T> write;

		private final Function<Throwable, Object> onError;

		Writer(SseEmitter emitter, EventWriter<T> write, Function<Throwable, Object> onError) {
			this.emitter = emitter;
			this.write = write;
			this.onError = onError;
		}

		@Override
		protected void hookOnNext(T event) {
			try {
				this.write.write(this.emitter, event);
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Client left during a stream: {}", ex.toString());
				cancel();
				this.emitter.complete();
			}
		}

		@Override
		protected void hookOnComplete() {
			this.emitter.complete();
		}

		@Override
		protected void hookOnError(Throwable error) {
			log.warn("Stream failed: {}", error.toString());
			try {
				this.emitter.send(SseEmitter.event().name("error").data(this.onError.apply(error)));
				this.emitter.complete();
			}
			catch (IOException | IllegalStateException ex) {
				this.emitter.completeWithError(error);
			}
		}

	}

	/** Writes one event. */
	@FunctionalInterface
	public interface EventWriter<T> {

		void write(SseEmitter emitter, T event) throws IOException;

	}

}
