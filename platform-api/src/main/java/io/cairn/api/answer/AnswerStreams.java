package io.cairn.api.answer;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
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
		// Off the request thread, so events reach the client as they are produced.
		Disposable subscription = events.subscribeOn(Schedulers.boundedElastic()).subscribe((event) -> {
			try {
				write.write(emitter, event);
			}
			catch (IOException ex) {
				// The client disconnected: the error propagates and cancels the stream.
				throw new ClientGoneException(ex);
			}
		}, (error) -> finishWithError(emitter, error, onError), emitter::complete);
		emitter.onCompletion(subscription::dispose);
		emitter.onTimeout(subscription::dispose);
		emitter.onError((error) -> subscription.dispose());
		return emitter;
	}

	private static void finishWithError(SseEmitter emitter, Throwable error, Function<Throwable, Object> onError) {
		if (error instanceof ClientGoneException) {
			log.debug("Client left during a streamed answer");
			emitter.completeWithError(error);
			return;
		}
		log.warn("Streamed answer failed: {}", error.toString());
		try {
			emitter.send(SseEmitter.event().name("error").data(onError.apply(error)));
			emitter.complete();
		}
		catch (IOException | IllegalStateException ex) {
			emitter.completeWithError(error);
		}
	}

	/** Writes one event. */
	@FunctionalInterface
	public interface EventWriter<T> {

		void write(SseEmitter emitter, T event) throws IOException;

	}

	private static final class ClientGoneException extends RuntimeException {

		ClientGoneException(IOException cause) {
			super(cause);
		}

	}

}
