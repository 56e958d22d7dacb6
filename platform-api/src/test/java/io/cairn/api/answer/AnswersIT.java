package io.cairn.api.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.answer.schema.CheckedSchema;
import io.cairn.core.answer.schema.SchemaCheck;
import io.cairn.core.answer.schema.SchemaValidator;

import static io.cairn.api.support.SampleReports.HANDBOOK;
import static io.cairn.api.support.SampleReports.REPORT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grounded answers through {@code /api/collections/{c}/answers} with the default
 * extractive generator, on real encoders, Lucene and pgvector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	ApiClient api;

	long reportId;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeAll
	void ingest() {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "reports", "profile", "finance"));
		this.api.postJson("/api/collections", Map.of("name", "medicine"));
		this.reportId = this.api.ingest("reports", "annual-report-2019.md", REPORT, "{}");
		this.api.ingest("medicine", "cardiology.md", HANDBOOK, "{}");
	}

	@Test
	void answerQuotesTheSupportingSentenceAndCitesItsDocumentPageAndHeading() {
		JsonNode answer = ask("reports", "How many employees did the company have at September 30, 2019?");

		assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("answered");
		assertThat(answer.get("answer").asString()).contains("4,200 employees").containsPattern("\\[\\d+]");
		JsonNode citation = answer.get("citations").get(0);
		assertThat(citation.get("documentId").asLong()).isEqualTo(this.reportId);
		assertThat(citation.get("documentTitle").asString()).isNotBlank();
		assertThat(citation.get("pageStart").asInt()).isEqualTo(1);
		assertThat(citation.get("headingPath").toString()).contains("Employees");
		assertThat(REPORT).contains(citation.get("quote").asString());
		assertThat(citation.get("quote").asString()).contains("4,200 employees");
		assertThat(answer.get("sentences").get(0).get("supported").asBoolean()).isTrue();
	}

	@Test
	void numericQuestionAnswersWithTheExactCell() {
		JsonNode answer = ask("reports", "What was the amount of total sales in 2019?");

		assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("answered");
		assertThat(answer.get("exactAnswer").asString()).isEqualTo("$1,496.5");
		assertThat(answer.get("exactScale").asString()).isEqualTo("million");
		assertThat(answer.get("exactPeriod").asString()).isEqualTo("2019");
		assertThat(answer.get("citations").get(0).get("quote").asString()).contains("Total sales");
	}

	@Test
	void questionTheSourcesDoNotCoverIsRefused() {
		JsonNode answer = ask("medicine", "What was the amount of total sales in 2019?");

		assertThat(answer.get("outcome").asString()).as(answer.toString()).isEqualTo("refused");
		assertThat(answer.get("answer").asString()).isEqualTo("The sources do not answer this question.");
		assertThat(answer.get("citations").size()).isZero();
		assertThat(answer.get("refusalReason").asString()).isNotBlank();
	}

	@Test
	void streamSendsTheAnswerInDeltasAndEndsWithTheCitations() {
		Response stream = this.api.postForEventStream("/api/collections/reports/answers",
				Map.of("question", "How many employees did the company have at September 30, 2019?"));

		assertThat(stream.status()).isEqualTo(200);
		assertThat(stream.contentType()).startsWith("text/event-stream");
		List<String> names = new ArrayList<>();
		StringBuilder deltas = new StringBuilder();
		JsonNode done = null;
		String name = null;
		for (String line : stream.body().split("\n")) {
			if (line.startsWith("event:")) {
				name = line.substring(6).strip();
				names.add(name);
			}
			else if (line.startsWith("data:")) {
				JsonNode data = JSON.readTree(line.substring(5));
				if ("delta".equals(name)) {
					deltas.append(data.get("text").asString());
				}
				else if ("done".equals(name)) {
					done = data;
				}
			}
		}
		assertThat(names).as(stream.body()).startsWith("delta").endsWith("done");
		assertThat(done).isNotNull();
		assertThat(deltas.toString()).isEqualTo(done.get("answer").asString());
		assertThat(done.get("citations").size()).isPositive();
	}

	@Test
	void conversationsRememberTurnsAndRewriteFollowUps() {
		Response first = this.api.postJson("/api/collections/reports/answers",
				Map.of("question", "What was the amount of total sales in 2019?", "startConversation", true));
		long conversationId = first.json().get("conversationId").asLong();

		JsonNode followUp = this.api
			.postJson("/api/collections/reports/answers",
					Map.of("question", "and in 2018?", "conversationId", conversationId))
			.json();

		assertThat(followUp.get("standaloneQuestion").asString())
			.isEqualTo("What was the amount of total sales in 2018?");
		assertThat(followUp.get("exactAnswer").asString()).isEqualTo("$1,202.9");
		JsonNode stored = this.api.get("/api/collections/reports/conversations/" + conversationId).json();
		JsonNode messages = stored.get("messages");
		assertThat(messages.size()).isEqualTo(4);
		assertThat(messages.get(2).get("content").asString()).isEqualTo("and in 2018?");
		assertThat(messages.get(3).get("citations").get(0).get("quote").asString()).contains("Total sales");
		assertProblem(this.api.postJson("/api/collections/medicine/answers",
				Map.of("question", "and in 2017?", "conversationId", conversationId)), 404, "No conversation");
	}

	@Test
	void schemaRequestReturnsValidJsonWithTheCitationsOfEveryField() {
		Map<String, Object> schema = Map.of("type", "object", "properties",
				Map.of("totalSales2019", Map.of("type", "number", "description", "total sales in 2019"), "employees",
						Map.of("type", "integer", "description", "number of employees at September 30, 2019"),
						"dividendPerShare", Map.of("type", "number", "description", "dividend paid per share")),
				"required", List.of("totalSales2019", "employees", "dividendPerShare"));

		Response response = this.api.postJson("/api/collections/reports/answers", Map.of("schema", schema));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode value = response.json().get("value");
		CheckedSchema checked = new SchemaCheck().check(JSON.valueToTree(schema));
		assertThat(new SchemaValidator().validate(checked, value)).isEmpty();
		assertThat(value.get("totalSales2019").asDouble()).as(response.body()).isEqualTo(1496.5);
		assertThat(value.get("employees").asInt()).isEqualTo(4200);
		assertThat(value.get("dividendPerShare").isNull()).isTrue();
		JsonNode citations = response.json().get("citations");
		assertThat(citations.get("/totalSales2019").get(0).get("quote").asString()).contains("Total sales");
		assertThat(citations.get("/employees").get(0).get("quote").asString()).contains("4,200 employees");
		assertThat(citations.has("/dividendPerShare")).isFalse();
	}

	@Test
	void schemasThatAreNotSchemasOrUseUnsupportedKeywordsAreRefused() {
		Response notASchema = this.api.postJson("/api/collections/reports/answers",
				Map.of("schema", Map.of("type", 5)));
		assertThat(notASchema.status()).as(notASchema.toString()).isEqualTo(400);
		assertThat(notASchema.json().get("type").asString()).isEqualTo("urn:cairn:problem:invalid-schema");

		Response unsupported = this.api.postJson("/api/collections/reports/answers",
				Map.of("schema", Map.of("type", "object", "properties",
						Map.of("x", Map.of("oneOf", List.of(Map.of("type", "string"), Map.of("type", "number")))))));
		assertThat(unsupported.status()).isEqualTo(400);
		assertThat(unsupported.json().get("detail").asString()).contains("\"oneOf\"").contains("/properties/x");
		assertThat(unsupported.json().get("problems").size()).isPositive();
	}

	@Test
	void badQuestionsAreProblemDetails() {
		assertProblem(this.api.postJson("/api/collections/reports/answers", Map.of("question", "  ")), 400,
				"question is empty");
		assertProblem(this.api.postJson("/api/collections/reports/answers", Map.of("question", "x".repeat(100_000))),
				400, "limit");
		assertProblem(this.api.postJson("/api/collections/nope/answers", Map.of("question", "Revenue?")), 404,
				"No collection named 'nope'");
		assertProblem(this.api.postJson("/api/collections/reports/answers", "{\"question\": "), 400, "");
	}

	private void assertProblem(Response response, int status, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(detail);
	}

	private JsonNode ask(String collection, String question) {
		Response response = this.api.postJson("/api/collections/" + collection + "/answers",
				Map.of("question", question));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
