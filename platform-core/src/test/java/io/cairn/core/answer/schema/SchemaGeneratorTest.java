package io.cairn.core.answer.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.cairn.core.answer.Citation;
import io.cairn.core.answer.ContextSource;
import io.cairn.core.chunking.ChunkContentKind;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The remote-model path with a scripted peer in place of the remote LLM (which cannot run
 * here): parsing, validation, the one repair turn, and citation quotes.
 */
class SchemaGeneratorTest {

	private static final String SCHEMA = """
			{"type": "object", "required": ["revenue"], "properties": {
			  "company": {"type": "string"},
			  "revenue": {"type": "number", "description": "Revenue in fiscal 2019"},
			  "fiscalYearEnd": {"type": "string", "format": "date"},
			  "segments": {"type": "array", "items": {"type": "object",
			    "properties": {"name": {"type": "string"}, "revenue": {"type": "number"}}}}}}""";

	private static final List<ContextSource> SOURCES = List.of(
			new ContextSource(1,
					TypedReadersTest.chunk("Acme Corp had a good year. The fiscal year ended September 30, 2019.",
							ChunkContentKind.TEXT),
					"Annual report"),
			new ContextSource(2,
					TypedReadersTest.chunk(
							"Segments (in millions)\nSegment | Revenue\nCloud | 1,020.0\nDevices | 476.5",
							ChunkContentKind.TABLE),
					"Annual report"));

	private final CheckedSchema schema = new SchemaCheck().check(SCHEMA);

	@Test
	void acceptsAValidFencedReplyAndQuotesWhereEachValueIsWritten() {
		ScriptedModel model = new ScriptedModel("""
				```json
				{"value": {"company": "Acme Corp", "revenue": 1496.5, "fiscalYearEnd": "2019-09-30",
				  "segments": [{"name": "Cloud", "revenue": 1020}]},
				 "citations": {"/company": [1], "/fiscalYearEnd": [1], "/segments/0/name": [2],
				  "/segments/0/revenue": [2], "/revenue": [7]}}
				```""");

		StructuredAnswer answer = generator(model).generate("Fill the schema", SOURCES, this.schema);

		assertThat(model.prompts).hasSize(1);
		assertThat(answer.value().get("revenue").asDouble()).isEqualTo(1496.5);
		assertThat(answer.citations()).containsOnlyKeys("/company", "/fiscalYearEnd", "/segments/0/name",
				"/segments/0/revenue");
		assertThat(answer.citations().get("/fiscalYearEnd")).extracting(Citation::quote)
			.containsExactly("The fiscal year ended September 30, 2019.");
		assertThat(answer.citations().get("/company")).extracting(Citation::quote)
			.containsExactly("Acme Corp had a good year.");
		assertThat(answer.citations().get("/segments/0/revenue")).extracting(Citation::quote)
			.containsExactly("Cloud | 1,020.0");
		Citation cloud = answer.citations().get("/segments/0/name").getFirst();
		assertThat(SOURCES.get(1).chunk().text().substring(cloud.quoteStart(), cloud.quoteEnd()))
			.isEqualTo(cloud.quote());
	}

	@Test
	void takesMissingPropertiesAsNullAndAReplyWithoutTheEnvelopeAsTheValue() {
		ScriptedModel model = new ScriptedModel("Here you go: {\"revenue\": 1496.5}");

		StructuredAnswer answer = generator(model).generate("Fill the schema", SOURCES, this.schema);

		assertThat(answer.value().toString())
			.isEqualTo("{\"revenue\":1496.5,\"company\":null,\"fiscalYearEnd\":null,\"segments\":null}");
		assertThat(answer.citations()).isEmpty();
	}

	@Test
	void repairsAnInvalidReplyOnceWithTheValidatorsMessages() {
		ScriptedModel model = new ScriptedModel(
				"{\"value\": {\"revenue\": \"$1,496.5 million\", \"fiscalYearEnd\": \"30 Sept 2019\"}}",
				"{\"value\": {\"revenue\": 1496.5, \"fiscalYearEnd\": \"2019-09-30\"}, \"citations\": {\"/revenue\": [1]}}");

		StructuredAnswer answer = generator(model).generate("Fill the schema", SOURCES, this.schema);

		assertThat(model.prompts).hasSize(2);
		List<Message> repairTurn = model.prompts.get(1).getInstructions();
		assertThat(repairTurn).hasSize(4);
		assertThat(repairTurn.get(2).getText()).contains("$1,496.5 million");
		assertThat(repairTurn.get(3).getText()).contains("/revenue: string found, [number, null] expected")
			.contains("/fiscalYearEnd: does not match the date pattern");
		assertThat(answer.value().get("fiscalYearEnd").asString()).isEqualTo("2019-09-30");
		assertThat(answer.citations().get("/revenue")).extracting(Citation::number).containsExactly(1);
	}

	@Test
	void failsWithInvalidModelOutputWhenTheRepairIsStillInvalid() {
		ScriptedModel model = new ScriptedModel("not json at all", "{\"value\": {\"revenue\": \"a lot\"}}");

		assertThatThrownBy(() -> generator(model).generate("Fill the schema", SOURCES, this.schema))
			.isInstanceOfSatisfying(InvalidModelOutputException.class,
					(ex) -> assertThat(ex.violations()).extracting(SchemaViolation::pointer)
						.containsExactly("/revenue"))
			.hasMessageContaining("after one repair");
		assertThat(model.prompts).hasSize(2);
		assertThat(model.prompts.get(1).getInstructions().getLast().getText()).contains("not a JSON object");
	}

	@Test
	void thePromptCarriesTheSourcesAndTheAnswerSchema() {
		ScriptedModel model = new ScriptedModel("{\"value\": {\"revenue\": null}}");

		generator(model).generate(SchemaPrompt.task("fiscal 2019", this.schema), SOURCES, this.schema);

		String user = model.prompts.getFirst().getInstructions().get(1).getText();
		assertThat(user).contains("<source id=\"2\" document=\"Annual report\" pages=\"3\">")
			.contains("Instructions: fiscal 2019")
			.contains("\"type\":[\"number\",\"null\"]");
		assertThat(model.prompts.getFirst().getInstructions().getFirst().getText()).contains("\"citations\"");
	}

	private static SchemaGenerator generator(ChatModel model) {
		return new SchemaGenerator(model, null, new SchemaValidator());
	}

	/** Answers with the scripted replies in order, recording every prompt. */
	static final class ScriptedModel implements ChatModel {

		final List<Prompt> prompts = new ArrayList<>();

		private final Deque<String> replies;

		ScriptedModel(String... replies) {
			this.replies = new ArrayDeque<>(List.of(replies));
		}

		@Override
		public ChatResponse call(Prompt prompt) {
			this.prompts.add(prompt);
			return new ChatResponse(List.of(new Generation(new AssistantMessage(this.replies.removeFirst()))));
		}

	}

}
