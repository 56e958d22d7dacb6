package io.cairn.api.openai;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cairn.api.CairnApplication;
import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.inference.remote.RemoteChatModels;
import io.cairn.inference.remote.RemoteModelSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.cairn.api.support.SampleReports.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI-compatible endpoint driven by Spring AI's OpenAI client (built on the
 * official openai-java library), exactly as a bot would use it; and the remote generator
 * path, with a second Cairn whose generator is this Cairn's {@code /v1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiCompatibilityIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeAll
	void ingest() {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "reports", "profile", "finance"));
		this.api.ingest("reports", "annual-report-2019.md", REPORT, "{}");
	}

	@Test
	void botGetsCitedAnswersByChangingOnlyBaseUrlAndModel() {
		ChatModel bot = bot("reports");

		ChatResponse response = bot.call(new Prompt("How many employees did the company have at September 30, 2019?"));

		String content = response.getResult().getOutput().getText();
		assertThat(content).contains("4,200 employees").containsPattern("\\[\\d+]");
	}

	@Test
	void streamedChunksAddUpToTheAnswer() {
		ChatModel bot = bot("reports");
		Prompt prompt = new Prompt("How many employees did the company have at September 30, 2019?");

		List<ChatResponse> chunks = bot.stream(prompt).collectList().block(Duration.ofSeconds(60));
		String streamed = String.join("",
				chunks.stream()
					.filter((chunk) -> chunk.getResult() != null && chunk.getResult().getOutput().getText() != null)
					.map((chunk) -> chunk.getResult().getOutput().getText())
					.toList());

		assertThat(streamed).isEqualTo(bot.call(prompt).getResult().getOutput().getText());
	}

	@Test
	void followUpQuestionIsRewrittenWithThePreviousTurn() {
		ChatModel bot = bot("reports");
		Prompt conversation = new Prompt(List.of(new UserMessage("What was the amount of total sales in 2019?"),
				new AssistantMessage("Total sales | $1,496.5 | $1,202.9 | $1,107.7 [1]"),
				new UserMessage("and in 2018?")));

		String content = bot.call(conversation).getResult().getOutput().getText();

		assertThat(content).contains("$1,202.9");
		JsonNode raw = this.api.postJson("/v1/chat/completions",
				Map.of("model", "reports", "messages",
						List.of(Map.of("role", "user", "content", "What was the amount of total sales in 2019?"),
								Map.of("role", "user", "content", "and in 2018?"))))
			.json();
		assertThat(raw.get("cairn").get("standalone_question").asString())
			.isEqualTo("What was the amount of total sales in 2018?");
		assertThat(raw.get("cairn").get("exact_answer").asString()).isEqualTo("$1,202.9");
	}

	@Test
	void citationsAreInTheDocumentedExtraField() {
		JsonNode completion = this.api
			.postJson("/v1/chat/completions",
					Map.of("model", "reports", "messages",
							List.of(Map.of("role", "user", "content", "What was the amount of total sales in 2019?"))))
			.json();

		assertThat(completion.get("object").asString()).isEqualTo("chat.completion");
		assertThat(completion.get("choices").get(0).get("finish_reason").asString()).isEqualTo("stop");
		JsonNode citation = completion.get("cairn").get("citations").get(0);
		assertThat(citation.get("documentTitle").asString()).isNotBlank();
		assertThat(citation.get("quote").asString()).contains("Total sales");
		assertThat(completion.get("usage").get("total_tokens").asInt()).isPositive();
	}

	@Test
	void jsonSchemaResponseFormatIsHonoured() {
		String schema = """
				{"type": "object", "properties": {
				  "totalSales2018": {"type": "number", "description": "total sales in 2018"},
				  "employees": {"type": "integer", "description": "number of employees at September 30, 2019"}},
				 "required": ["totalSales2018", "employees"]}""";
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.model("reports")
			.responseFormat(OpenAiChatModel.ResponseFormat.builder()
				.type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
				.jsonSchema(schema)
				.build())
			.build();

		String content = bot("reports").call(new Prompt("Extract the key figures.", options))
			.getResult()
			.getOutput()
			.getText();

		JsonNode value = JSON.readTree(content);
		assertThat(value.get("totalSales2018").asDouble()).isEqualTo(1202.9);
		assertThat(value.get("employees").asInt()).isEqualTo(4200);
		JsonNode raw = this.api
			.postJson("/v1/chat/completions", Map.of("model", "reports", "messages",
					List.of(Map.of("role", "user", "content", "Key figures")), "response_format", Map.of("type",
							"json_schema", "json_schema", Map.of("name", "figures", "schema", JSON.readTree(schema)))))
			.json();
		assertThat(raw.get("cairn").get("field_citations").get("/totalSales2018").get(0).get("quote").asString())
			.contains("Total sales");
		Response notASchema = this.api.postJson("/v1/chat/completions",
				Map.of("model", "reports", "messages", List.of(Map.of("role", "user", "content", "Key figures")),
						"response_format",
						Map.of("type", "json_schema", "json_schema", Map.of("schema", Map.of("type", 5)))));
		assertThat(notASchema.status()).isEqualTo(400);
		assertThat(notASchema.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
	}

	@Test
	void modelsListTheCollectionsAndTheBareGenerator() {
		JsonNode models = this.api.get("/v1/models").json();

		assertThat(models.get("data").valueStream().map((model) -> model.get("id").asString())).contains("reports",
				"cairn/generator");
	}

	@Test
	void malformedRequestsAreProblemsWithAnOpenAiErrorObject() {
		assertBad(Map.of("model", "reports"), "'messages' is missing");
		assertBad(Map.of("model", "reports", "messages", List.of(Map.of("role", "robot", "content", "hi"))),
				"messages[0].role is 'robot'");
		assertBad(Map.of("model", "reports", "messages", List.of(Map.of("role", "user", "content", "hi")), "n", 2),
				"n is 2");
		assertBad(Map.of("model", "reports", "messages", List.of(Map.of("role", "assistant", "content", "hi"))),
				"last message must be the user's question");
		Response unknown = this.api.postJson("/v1/chat/completions",
				Map.of("model", "nope", "messages", List.of(Map.of("role", "user", "content", "hi"))));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("error").get("type").asString()).isEqualTo("not_found_error");
	}

	@Test
	void remoteGeneratorAnswersThroughAnOpenAiCompatibleServer() {
		// A second Cairn whose generator is this Cairn's bare generator, over HTTP.
		// Command-line arguments, so they win over application.yml like a user's would.
		try (ConfigurableApplicationContext peer = new SpringApplicationBuilder(CairnApplication.class).run(
				"--server.port=0", "--cairn.storage.mode=server",
				"--spring.datasource.url=" + TestDatabases.freshSchemaUrl(),
				"--cairn.storage.data-dir=" + TestDatabases.freshDataDir(), "--cairn.security.api-keys=open",
				"--cairn.generator.type=remote",
				"--cairn.generator.remote.base-url=http://localhost:" + this.port + "/v1",
				"--cairn.generator.remote.model=cairn/generator")) {
			int peerPort = ((WebServerApplicationContext) peer).getWebServer().getPort();
			ApiClient peerApi = new ApiClient(peerPort);
			peerApi.postJson("/api/collections", Map.of("name", "reports"));
			peerApi.ingest("reports", "annual-report-2019.md", REPORT, "{}");

			JsonNode answer = peerApi
				.postJson("/api/collections/reports/answers",
						Map.of("question", "How many employees did the company have at September 30, 2019?"))
				.json();

			assertThat(answer.get("generator").asString()).isEqualTo("remote:cairn/generator");
			assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("answered");
			assertThat(answer.get("answer").asString()).contains("4,200 employees");
			assertThat(answer.get("citations").get(0).get("quote").asString()).contains("4,200 employees");

			// The bare generator writes prose, not JSON: one repair turn, then a clear
			// 502.
			Response structured = peerApi.postJson("/api/collections/reports/answers", Map.of("schema",
					Map.of("type", "object", "properties", Map.of("employees", Map.of("type", "integer")))));
			assertThat(structured.status()).as(structured.toString()).isEqualTo(502);
			assertThat(structured.json().get("type").asString()).isEqualTo("urn:cairn:problem:invalid-model-output");
		}
	}

	private void assertBad(Map<String, Object> body, String detail) {
		Response response = this.api.postJson("/v1/chat/completions", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(detail);
		assertThat(response.json().get("error").get("message").asString()).contains(detail);
		assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
	}

	private ChatModel bot(String model) {
		return RemoteChatModels.openAiCompatible(new RemoteModelSettings("http://localhost:" + this.port + "/v1", model,
				"no-key-needed-on-localhost", Duration.ofSeconds(60), 0, 0.0, 256));
	}

}
