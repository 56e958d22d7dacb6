package io.cairn.api.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cairn.api.answer.AnswerView;
import io.cairn.api.answer.StructuredAnswers;
import io.cairn.api.answer.StructuredView;
import io.cairn.api.security.CollectionAccess;
import io.cairn.core.answer.AnswerRequest;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.answer.PriorTurn;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.SearchFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI-compatible chat for bots: a bot written against the OpenAI API gets cited
 * answers from a collection by changing only its base URL ({@code http://host:port/v1})
 * and key.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "OpenAI-compatible")
public class OpenAiController {

	private final CollectionAccess access;

	private final CollectionRepository collectionRepository;

	private final AnswerService answers;

	private final StructuredAnswers structured;

	public OpenAiController(CollectionAccess access, CollectionRepository collectionRepository, AnswerService answers,
			StructuredAnswers structured) {
		this.access = access;
		this.collectionRepository = collectionRepository;
		this.answers = answers;
		this.structured = structured;
	}

	@GetMapping("/models")
	@Operation(summary = "List models: one per collection, plus the bare generator")
	public ModelList models() {
		List<ModelList.Model> models = new ArrayList<>();
		for (KnowledgeCollection collection : this.access.visible(this.collectionRepository.findAll())) {
			models
				.add(new ModelList.Model(collection.name(), "model", collection.createdAt().getEpochSecond(), "cairn"));
		}
		models.add(new ModelList.Model(OpenAiModels.GENERATOR, "model", 0, "cairn"));
		return new ModelList("list", models);
	}

	@PostMapping(value = "/chat/completions", consumes = "application/json")
	@Operation(summary = "Chat completion grounded in the collection named by 'model'",
			description = "Citations appear as [n] markers in the text and in the extra 'cairn' field."
					+ " stream=true sends OpenAI chunks as server-sent events, ending with data: [DONE].")
	public Object complete(@RequestBody ChatCompletionRequest request) {
		ChatCompletionValidator.validate(request);
		String model = request.model();
		Completion completion = new Completion("chatcmpl-" + UUID.randomUUID(), Instant.now().getEpochSecond(), model);
		boolean stream = Boolean.TRUE.equals(request.stream());
		if (OpenAiModels.GENERATOR.equals(model)) {
			return bareGenerator(request, completion, stream);
		}
		KnowledgeCollection collection = this.access.require(model);
		JsonNode schema = ResponseFormats.schemaOf(request.responseFormat());
		if (schema != null) {
			return structured(collection, schema, request, completion, stream);
		}
		AnswerRequest answerRequest = new AnswerRequest(request.messages().getLast().text(),
				SearchFilter.collection(collection.id()), null, history(request.messages()));
		if (stream) {
			return Completion.emit(completion.chunks(this.answers.stream(collection, answerRequest)));
		}
		AnswerView view = AnswerView.of(this.answers.answer(collection, answerRequest), collection.name(), null, 0);
		return completion.whole(view.answer(), view.question(), ChatCompletion.Grounding.of(view));
	}

	/**
	 * Structured output: the message content is the JSON, the field citations ride along.
	 */
	private Object structured(KnowledgeCollection collection, JsonNode schema, ChatCompletionRequest request,
			Completion completion, boolean stream) {
		String question = request.messages().getLast().text();
		StructuredView view = StructuredView.of(
				this.structured.fill(collection, schema, question, SearchFilter.collection(collection.id())),
				collection.name(), 0);
		String json = view.value().toString();
		ChatCompletion.Grounding grounding = new ChatCompletion.Grounding("answered", null, null, null, null, List.of(),
				List.of(), question, view.citations());
		if (stream) {
			return Completion.emit(completion.chunks(Flux.just(json), Mono.just(grounding)));
		}
		return completion.whole(json, question, grounding);
	}

	private Object bareGenerator(ChatCompletionRequest request, Completion completion, boolean stream) {
		Prompt prompt = new Prompt(messages(request.messages()), this.answers.generator().options());
		if (stream) {
			Flux<String> texts = this.answers.generator()
				.model()
				.stream(prompt)
				.filter((response) -> response.getResult() != null)
				.map((response) -> String.valueOf(response.getResult().getOutput().getText()));
			return Completion.emit(completion.chunks(texts, Mono.empty()));
		}
		String text = String.valueOf(this.answers.generator().model().call(prompt).getResult().getOutput().getText());
		return completion.whole(text, prompt.getContents(), null);
	}

	/** Earlier user questions, for follow-up rewriting. */
	private static List<PriorTurn> history(List<ChatCompletionRequest.Message> messages) {
		List<PriorTurn> turns = new ArrayList<>();
		for (ChatCompletionRequest.Message message : messages.subList(0, messages.size() - 1)) {
			if ("user".equals(message.role()) && !message.text().isBlank()) {
				turns.add(new PriorTurn(message.text(), message.text()));
			}
		}
		return turns;
	}

	private static List<Message> messages(List<ChatCompletionRequest.Message> messages) {
		List<Message> converted = new ArrayList<>();
		for (ChatCompletionRequest.Message message : messages) {
			converted.add(switch (String.valueOf(message.role())) {
				case "system", "developer" -> new SystemMessage(message.text());
				case "assistant" -> new AssistantMessage(message.text());
				default -> new UserMessage(message.text());
			});
		}
		return converted;
	}

	/**
	 * The model list.
	 *
	 * @param object {@code list}
	 * @param data the models
	 */
	public record ModelList(String object, List<Model> data) {

		/**
		 * A model.
		 *
		 * @param id collection name, or {@value OpenAiModels#GENERATOR}
		 * @param object {@code model}
		 * @param created seconds since the epoch
		 * @param ownedBy {@code cairn}
		 */
		public record Model(String id, String object, long created,
				@com.fasterxml.jackson.annotation.JsonProperty("owned_by") String ownedBy) {
		}

	}

}
