package io.cairn.api.openai;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cairn.api.answer.AnswerStreams;
import io.cairn.api.answer.AnswerView;
import io.cairn.core.answer.AnswerEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One chat completion being answered: its id, time and model, and the two ways it leaves,
 * as one response or as a stream of OpenAI chunks ending with {@code data: [DONE]}.
 */
final class Completion {

	private static final String DONE = "[DONE]";

	private final String id;

	private final long created;

	private final String model;

	Completion(String id, long created, String model) {
		this.id = id;
		this.created = created;
		this.model = model;
	}

	ChatCompletion whole(String content, String prompt, ChatCompletion.@Nullable Grounding grounding) {
		return new ChatCompletion(
				this.id, "chat.completion", this.created, this.model, List.of(new ChatCompletion.Choice(0,
						new ChatCompletion.AssistantMessage("assistant", content), "stop")),
				ChatCompletion.Usage.estimate(prompt, content), grounding);
	}

	/**
	 * The texts as delta chunks (the first with the role), then the last chunk, with the
	 * grounding when there is one, and [DONE].
	 */
	Flux<Object> chunks(Flux<String> texts, Mono<ChatCompletion.Grounding> grounding) {
		AtomicBoolean first = new AtomicBoolean(true);
		return texts.filter((text) -> !text.isEmpty())
			.<Object>map((text) -> delta(first, text))
			.concatWith(grounding.<Object>map(this::last).defaultIfEmpty(last(null)))
			.concatWith(Mono.just(DONE));
	}

	/**
	 * A streamed answer as chunks: its deltas, then the last chunk with its citations.
	 */
	Flux<Object> chunks(Flux<AnswerEvent> events) {
		AtomicBoolean first = new AtomicBoolean(true);
		return events.concatMap((event) -> switch (event) {
			case AnswerEvent.Delta delta ->
				delta.text().isEmpty() ? Flux.empty() : Flux.just(delta(first, delta.text()));
			case AnswerEvent.Completed done ->
				Flux.just(last(ChatCompletion.Grounding.of(AnswerView.of(done.answer(), this.model, null, 0))), DONE);
		});
	}

	private Object delta(AtomicBoolean first, String text) {
		return ChatCompletionChunk.delta(this.id, this.created, this.model, first.getAndSet(false) ? "assistant" : null,
				text);
	}

	private Object last(ChatCompletion.@Nullable Grounding grounding) {
		return ChatCompletionChunk.last(this.id, this.created, this.model, grounding);
	}

	static SseEmitter emit(Flux<Object> chunks) {
		return AnswerStreams.emit(chunks, (emitter, chunk) -> emitter.send(SseEmitter.event().data(chunk)),
				OpenAiStreamErrors::of);
	}

}
