package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.answer.Citation;
import io.cairn.core.answer.ContextSource;
import io.cairn.core.answer.GroundedPrompt;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model turn of the generative filler: the sources in the grounded-prompt format with
 * the answer schema and a reply format carrying citation numbers per field
 * ({@link SchemaPrompt}); the reply is validated, and an invalid one gets exactly one
 * repair turn with the validator's messages. Still invalid:
 * {@link InvalidModelOutputException}. Cited numbers become citations quoting the
 * sentence or row of the chunk where the value is written ({@link QuoteFinder}); unknown
 * numbers and citations of null fields are dropped. Thread-safe if the model is.
 */
public final class SchemaGenerator {

	private final ChatModel model;

	private final @Nullable ChatOptions options;

	private final SchemaValidator validator;

	/**
	 * @param model the generator
	 * @param options chat options for every call (null: the model's defaults)
	 * @param validator validates the replies
	 */
	public SchemaGenerator(ChatModel model, @Nullable ChatOptions options, SchemaValidator validator) {
		this.model = model;
		this.options = options;
		this.validator = validator;
	}

	/**
	 * Fills {@code schema} from {@code sources}; {@code task} is written where the
	 * question goes.
	 */
	public StructuredAnswer generate(String task, List<ContextSource> sources, CheckedSchema schema) {
		List<Message> messages = new ArrayList<>();
		messages.add(new SystemMessage(SchemaPrompt.SYSTEM));
		messages.add(new UserMessage(GroundedPrompt.userText(task, sources)));
		String reply = call(messages);
		ModelReply read = ModelReply.read(reply, schema, this.validator);
		if (!read.valid()) {
			messages.add(new AssistantMessage(reply));
			messages.add(new UserMessage(SchemaPrompt.repair(read.problems())));
			read = ModelReply.read(call(messages), schema, this.validator);
		}
		if (!read.valid() || read.value() == null) {
			throw new InvalidModelOutputException("The model's output is not valid for the schema after one repair: "
					+ String.join("; ", read.problems()), read.violations());
		}
		return new StructuredAnswer(read.value(), citations(read.value(), read.citations(), sources));
	}

	private String call(List<Message> messages) {
		Prompt prompt = (this.options != null) ? new Prompt(messages, this.options) : new Prompt(messages);
		ChatResponse response = this.model.call(prompt);
		String text = (response != null && response.getResult() != null) ? response.getResult().getOutput().getText()
				: null;
		return (text != null) ? text : "";
	}

	private static Map<String, List<Citation>> citations(ObjectNode value, Map<String, List<Integer>> numbers,
			List<ContextSource> sources) {
		Map<String, List<Citation>> citations = new LinkedHashMap<>();
		numbers.forEach((pointer, cited) -> {
			JsonNode field = value.at(pointer);
			if (field.isMissingNode() || field.isNull() || field.isContainer()) {
				return;
			}
			String name = pointer.substring(pointer.lastIndexOf('/') + 1);
			for (int number : cited) {
				if (number >= 1 && number <= sources.size()) {
					ContextSource source = sources.get(number - 1);
					int[] span = QuoteFinder.find(source.chunk(), name, field);
					citations.computeIfAbsent(pointer, (key) -> new ArrayList<>())
						.add(Citation.of(source, span[0], span[1]));
				}
			}
		});
		return citations;
	}

}
