package io.cairn.api.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.api.collection.Collections;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.answer.Answer;
import io.cairn.core.answer.AnswerEvent;
import io.cairn.core.answer.AnswerRequest;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.answer.PriorTurn;
import io.cairn.core.answer.schema.StructuredAnswer;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.conversation.Conversation;
import io.cairn.core.retrieval.SearchFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** Grounded answers from a collection, as JSON or as a stream. */
@RestController
@RequestMapping("/api/collections/{collection}/answers")
@Tag(name = "Answers")
public class AnswerController {

	private final Collections collections;

	private final AnswerService answers;

	private final ConversationTurns turns;

	private final StructuredAnswers structured;

	AnswerController(Collections collections, AnswerService answers, ConversationTurns turns,
			StructuredAnswers structured) {
		this.collections = collections;
		this.answers = answers;
		this.turns = turns;
		this.structured = structured;
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a question from a collection",
			description = "Retrieves, generates and checks every sentence against the source it cites. Refuses"
					+ " (outcome=refused) when no source supports an answer. With 'schema' (a JSON Schema) the"
					+ " response is {value, citations}: JSON that validates against the schema, with the citations"
					+ " of every field keyed by JSON pointer.")
	public Object answer(@PathVariable String collection, @RequestBody AnswerBody body) {
		KnowledgeCollection owner = this.collections.require(collection);
		long started = System.nanoTime();
		if (body.schema() != null && !body.schema().isNull()) {
			StructuredAnswer filled = this.structured.fill(owner, body.schema(), body.question(), body.filter(owner));
			return StructuredView.of(filled, owner.name(), millisSince(started));
		}
		Conversation conversation = this.turns.open(owner, body.conversationId(), body.startsConversation(),
				body.question());
		Answer answer = this.answers.answer(owner, body.toRequest(owner, this.turns.history(conversation)));
		this.turns.record(conversation, answer);
		return AnswerView.of(answer, owner.name(), idOf(conversation), millisSince(started));
	}

	@PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Answer a question as a stream of server-sent events",
			description = "Events: 'delta' {text} as the answer is written, then 'done' with the whole answer and"
					+ " its citations (authoritative), or 'error' with a problem detail.")
	public SseEmitter stream(@PathVariable String collection, @RequestBody AnswerBody body) {
		KnowledgeCollection owner = this.collections.require(collection);
		if (body.schema() != null && !body.schema().isNull()) {
			throw new InvalidRequestException(
					"Structured output is not streamed: send the schema request with Accept: application/json.");
		}
		long started = System.nanoTime();
		Conversation conversation = this.turns.open(owner, body.conversationId(), body.startsConversation(),
				body.question());
		Flux<AnswerEvent> events = this.answers.stream(owner, body.toRequest(owner, this.turns.history(conversation)));
		return AnswerStreams.emit(events, (emitter, event) -> {
			switch (event) {
				case AnswerEvent.Delta delta ->
					emitter.send(SseEmitter.event().name("delta").data(Map.of("text", delta.text())));
				case AnswerEvent.Completed done -> {
					// A streamed turn is kept like a JSON one, so the conversation can go
					// on.
					this.turns.record(conversation, done.answer());
					emitter.send(SseEmitter.event()
						.name("done")
						.data(AnswerView.of(done.answer(), owner.name(), idOf(conversation), millisSince(started))));
				}
			}
		}, StreamProblems::of);
	}

	private static @Nullable Long idOf(@Nullable Conversation conversation) {
		return (conversation != null) ? conversation.id() : null;
	}

	static double millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000.0;
	}

	/**
	 * A question.
	 *
	 * @param question the question
	 * @param topK chunks to retrieve (default configured, at most 100)
	 * @param documentIds only these documents
	 * @param metadata only documents with these metadata values
	 * @param conversationId continue this conversation: follow-up questions are rewritten
	 * with its earlier turns, and the question and answer are added to it
	 * @param startConversation start a new conversation with this question (its id is in
	 * the answer)
	 * @param schema a JSON Schema to fill from the collection instead of a prose answer;
	 * {@code question} then says what to extract (optional)
	 */
	public record AnswerBody(@Nullable String question, @Nullable Integer topK, @Nullable List<Long> documentIds,
			@Nullable Map<String, String> metadata, @Nullable Long conversationId, @Nullable Boolean startConversation,
			@Nullable JsonNode schema) {

		boolean startsConversation() {
			return Boolean.TRUE.equals(this.startConversation);
		}

		SearchFilter filter(KnowledgeCollection owner) {
			return new SearchFilter(Set.of(owner.id()),
					(this.documentIds != null) ? Set.copyOf(this.documentIds) : Set.of(),
					(this.metadata != null) ? this.metadata : Map.of());
		}

		AnswerRequest toRequest(KnowledgeCollection owner, List<PriorTurn> history) {
			return new AnswerRequest(this.question, filter(owner), this.topK, history);
		}

	}

}
