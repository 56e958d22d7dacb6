package io.cairn.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.answer.Citation;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.conversation.ConversationRepository;
import io.cairn.core.conversation.NewMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys in required mode, against the real PostgreSQL: 401 without a valid key, 403
 * outside a key's collections, key management by the admin key only, secrets never in
 * responses after creation nor in logs; and the conversation endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=required",
				"cairn.security.admin-key=" + ApiKeysIT.ADMIN_KEY, "logging.level.io.cairn=DEBUG",
				"logging.level.org.springframework.security=DEBUG", "logging.level.org.springframework.web=DEBUG" })
class ApiKeysIT {

	static final String ADMIN_KEY = "it-admin-key-0123456789-abcdefghijkl";

	@LocalServerPort
	int port;

	@Autowired
	ConversationRepository conversations;

	@Autowired
	CollectionRepository collections;

	@Autowired
	JdbcClient jdbc;

	ApiClient anonymous;

	ApiClient admin;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeEach
	void clients() {
		this.anonymous = new ApiClient(this.port);
		this.admin = this.anonymous.withKey(ADMIN_KEY);
		this.jdbc.sql("TRUNCATE collection, api_key CASCADE").update();
		this.logs.start();
		root().addAppender(this.logs);
	}

	@AfterEach
	void detachLogs() {
		root().detachAppender(this.logs);
	}

	@Test
	void requestsWithoutAValidKeyAreUnauthorized() {
		Response missing = this.anonymous.get("/api/collections");
		assertProblem(missing, 401, "unauthorized");
		assertThat(missing.wwwAuthenticate()).startsWith("Bearer").doesNotContain("invalid_token");
		Response unknown = this.anonymous.withKey("cairn_not-a-real-key").get("/api/collections");
		assertProblem(unknown, 401, "unauthorized");
		assertThat(unknown.wwwAuthenticate()).contains("error=\"invalid_token\"");
		assertProblem(this.anonymous.withKey("").get("/api/collections"), 401, "unauthorized");
		assertProblem(this.anonymous.postJson("/api/collections", Map.of("name", "x")), 401, "unauthorized");
		assertProblem(this.anonymous.postJson("/v1/chat/completions", Map.of("model", "x")), 401, "unauthorized");
		assertProblem(this.anonymous.get("/api/keys"), 401, "unauthorized");
		assertThat(this.admin.get("/api/collections").status()).isEqualTo(200);
		assertThat(this.anonymous.get("/actuator/health").status()).as("health stays open").isEqualTo(200);
		Response openApi = this.anonymous.get("/v3/api-docs");
		assertThat(openApi.status()).isEqualTo(200);
		assertThat(openApi.json().get("components").get("securitySchemes").get("apiKey").get("scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void aKeyReachesOnlyItsCollectionsUntilRevoked() {
		createCollection("alpha");
		createCollection("beta");
		JsonNode created = createKey("alpha bot", List.of("alpha"));
		String secret = created.get("secret").asString();
		assertThat(created.get("collections").get(0).asString()).isEqualTo("alpha");
		assertThat(created.get("allCollections").asBoolean()).isFalse();
		ApiClient bot = this.anonymous.withKey(secret);

		assertThat(search(bot, "alpha").status()).isEqualTo(200);
		assertThat(this.anonymous.get("/api/collections/alpha", "X-API-Key", secret).status()).as("X-API-Key header")
			.isEqualTo(200);
		assertProblem(search(bot, "beta"), 403, "forbidden");
		assertProblem(bot.get("/api/collections/beta"), 403, "forbidden");
		assertProblem(bot.get("/api/collections/beta/documents"), 403, "forbidden");
		assertProblem(bot.get("/api/collections/nowhere"), 403, "forbidden");
		assertProblem(this.admin.get("/api/collections/nowhere"), 404, "not-found");
		assertProblem(bot.postJson("/api/collections", Map.of("name", "gamma")), 403, "forbidden");
		assertProblem(bot.delete("/api/collections/alpha"), 403, "forbidden");
		assertProblem(bot.get("/api/keys"), 403, "forbidden");
		assertProblem(bot.postJson("/api/keys", Map.of("name", "escalate", "collections", "*")), 403, "forbidden");
		JsonNode visible = bot.get("/api/collections").json();
		assertThat(visible.size()).isEqualTo(1);
		assertThat(visible.get(0).get("name").asString()).isEqualTo("alpha");
		assertThat(this.admin.get("/api/collections").json().size()).isEqualTo(2);

		Response listed = this.admin.get("/api/keys");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).doesNotContain(secret.substring(12)).doesNotContain("hash");
		assertThat(listed.json().get(0).get("prefix").asString()).isEqualTo(secret.substring(0, 12));

		long id = created.get("id").asLong();
		assertThat(this.admin.delete("/api/keys/" + id).status()).isEqualTo(204);
		assertProblem(search(bot, "alpha"), 401, "unauthorized");
		assertThat(this.admin.get("/api/keys").json().get(0).get("revokedAt").isNull()).isFalse();
		assertProblem(this.admin.delete("/api/keys/999999"), 404, "not-found");
	}

	@Test
	void theOpenAiEndpointNeedsAKeyScopedToTheModelsCollection() {
		createCollection("gamma");
		createCollection("delta");
		ApiClient bot = this.anonymous.withKey(createKey("gamma bot", List.of("gamma")).get("secret").asString());
		Map<String, Object> askDelta = Map.of("model", "delta", "messages",
				List.of(Map.of("role", "user", "content", "What is aspirin?")));

		assertProblem(this.anonymous.postJson("/v1/chat/completions", askDelta), 401, "unauthorized");
		Response forbidden = bot.postJson("/v1/chat/completions", askDelta);
		assertProblem(forbidden, 403, "forbidden");
		assertThat(forbidden.json().get("error").get("type").asString()).isEqualTo("permission_error");
		assertThat(bot.get("/v1/models").json().get("data").valueStream().map((m) -> m.get("id").asString()))
			.contains("gamma")
			.doesNotContain("delta");
		assertProblem(this.anonymous.get("/v1/models"), 401, "unauthorized");
	}

	@Test
	void keysForAllCollectionsManageCollectionsButNotKeys() {
		String secret = createKey("ops", "*").get("secret").asString();
		ApiClient ops = this.anonymous.withKey(secret);
		assertThat(ops.postJson("/api/collections", Map.of("name", "delta")).status()).isEqualTo(201);
		assertThat(search(ops, "delta").status()).isEqualTo(200);
		assertThat(ops.delete("/api/collections/delta").status()).isEqualTo(204);
		assertProblem(ops.get("/api/keys"), 403, "forbidden");
	}

	@Test
	void badKeyRequestsAreRefused() {
		createCollection("alpha");
		assertProblem(this.admin.postJson("/api/keys", Map.of("name", "x")), 400, "invalid-request");
		assertProblem(this.admin.postJson("/api/keys", Map.of("name", "x", "collections", List.of())), 400,
				"invalid-request");
		assertProblem(this.admin.postJson("/api/keys", Map.of("name", "x", "collections", List.of("nope"))), 400,
				"invalid-request");
		assertProblem(this.admin.postJson("/api/keys", Map.of("name", " ", "collections", List.of("alpha"))), 400,
				"invalid-request");
		assertThat(this.admin.get("/api/keys").json().size()).isZero();
	}

	@Test
	void jobsAreCheckedAgainstTheirCollection() {
		createCollection("alpha");
		createCollection("beta");
		ApiClient alpha = this.anonymous.withKey(createKey("a", List.of("alpha")).get("secret").asString());
		ApiClient beta = this.anonymous.withKey(createKey("b", List.of("beta")).get("secret").asString());
		Response accepted = alpha.upload("/api/collections/alpha/documents", "notes.txt",
				"Aspirin lowers the risk of a second heart attack.".getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long jobId = accepted.json().get("jobId").asLong();
		assertProblem(beta.get("/api/jobs/" + jobId), 403, "forbidden");
		assertThat(alpha.get("/api/jobs/" + jobId).status()).isEqualTo(200);
		// The stream ends in an async dispatch, which must still see the caller.
		assertThat(alpha.readEventStream("/api/jobs/" + jobId + "/events", Duration.ofSeconds(60)))
			.contains("event:done");
	}

	@Test
	void secretsNeverReachTheLogs() {
		createCollection("alpha");
		String secret = createKey("logged?", List.of("alpha")).get("secret").asString();
		ApiClient bot = this.anonymous.withKey(secret);
		search(bot, "alpha");
		bot.get("/api/collections/beta");
		this.anonymous.get("/api/collections", "X-API-Key", secret);
		this.admin.delete("/api/keys/" + this.admin.get("/api/keys").json().get(0).get("id").asLong());
		search(bot, "alpha");
		assertThat(this.logs.list).as("the test sees the request logs").isNotEmpty();
		for (ILoggingEvent event : this.logs.list) {
			String text = event.getFormattedMessage() + " " + throwableText(event.getThrowableProxy());
			assertThat(text).doesNotContain(secret.substring(12)).doesNotContain(ADMIN_KEY);
		}
	}

	@Test
	void conversationsCanBeListedReadAndDeleted() {
		long alpha = createCollection("alpha");
		createCollection("beta");
		long id = this.conversations.create(alpha, "Revenue").id();
		Citation citation = new Citation(1, "1-0-abc", 1, "Report", 2, 2, List.of("Results"), "rose 12%", 0, 8);
		this.conversations.append(id, NewMessage.user("What was the revenue in 2019?", null));
		this.conversations.append(id, NewMessage.assistant("It rose 12% [1].", List.of(citation), "answered"));
		this.conversations.append(id, NewMessage.user("and in 2018?", "What was the revenue in 2018?"));
		ApiClient alphaKey = this.anonymous.withKey(createKey("a", List.of("alpha")).get("secret").asString());

		JsonNode list = alphaKey.get("/api/collections/alpha/conversations").json();
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("title").asString()).isEqualTo("Revenue");
		JsonNode detail = alphaKey.get("/api/collections/alpha/conversations/" + id).json();
		JsonNode messages = detail.get("messages");
		assertThat(messages.size()).isEqualTo(3);
		assertThat(messages.get(1).get("role").asString()).isEqualTo("assistant");
		assertThat(messages.get(1).get("citations").get(0).get("quote").asString()).isEqualTo("rose 12%");
		assertThat(messages.get(2).get("standaloneQuestion").asString()).isEqualTo("What was the revenue in 2018?");

		assertProblem(alphaKey.get("/api/collections/beta/conversations"), 403, "forbidden");
		assertProblem(this.admin.get("/api/collections/beta/conversations/" + id), 404, "not-found");
		assertProblem(alphaKey.get("/api/collections/alpha/conversations?limit=0"), 400, "invalid-request");
		assertThat(alphaKey.delete("/api/collections/alpha/conversations/" + id).status()).isEqualTo(204);
		assertProblem(alphaKey.get("/api/collections/alpha/conversations/" + id), 404, "not-found");
	}

	private long createCollection(String name) {
		Response created = this.admin.postJson("/api/collections", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return this.collections.findByName(name).orElseThrow().id();
	}

	private JsonNode createKey(String name, Object collections) {
		Response created = this.admin.postJson("/api/keys", Map.of("name", name, "collections", collections));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	private static Response search(ApiClient client, String collection) {
		return client.postJson("/api/collections/" + collection + "/search", Map.of("query", "aspirin"));
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:cairn:problem:" + type);
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	private static String throwableText(IThrowableProxy throwable) {
		return (throwable != null) ? throwable.getClassName() + ": " + throwable.getMessage() : "";
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
