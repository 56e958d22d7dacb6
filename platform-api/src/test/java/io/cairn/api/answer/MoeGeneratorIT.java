package io.cairn.api.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.cairn.api.support.SampleReports.HANDBOOK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two properties of the MoE generator ({@code cairn.generator.type=moe} and the model
 * directory) put a checkpoint behind the answers API and the OpenAI-compatible endpoint.
 * The checkpoint is a tiny random one written by the test (no real weights exist here),
 * so its words are noise: the test checks the wiring and the grounding around it (every
 * generated sentence is checked and, unsupported, flagged), not the quality.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open", "cairn.generator.type=moe",
				"cairn.generator.context-tokens=120", "cairn.generator.moe.max-context=4096",
				"cairn.generator.moe.threads=1", "cairn.generator.remote.max-tokens=24" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoeGeneratorIT {

	@LocalServerPort
	int port;

	ApiClient api;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
		Path model = Files.createTempDirectory("cairn-moe-it").resolve("tiny-qwen2-moe");
		TinyCheckpoint.write(TinySpec.qwen2Moe(), model);
		registry.add("cairn.generator.moe.model-dir", model::toString);
	}

	@BeforeAll
	void ingest() {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "medicine"));
		this.api.ingest("medicine", "cardiology.md", HANDBOOK, "{}");
	}

	@Test
	void answersComeFromTheCheckpointAndAreCheckedAgainstTheSources() {
		Response response = this.api.postJson("/api/collections/medicine/answers",
				Map.of("question", "What relieves fluid overload?"));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode answer = response.json();
		assertThat(answer.get("generator").asString()).isEqualTo("moe:tiny-qwen2-moe");
		// Random weights write no sentence the sources support.
		assertThat(answer.get("outcome").asString()).isEqualTo("refused");
		assertThat(answer.get("refusalReason").asString()).isIn("no_supported_sentence", "generator_declined");
	}

	@Test
	void theBareGeneratorStreamsThroughTheOpenAiEndpoint() {
		Response stream = this.api.postJson("/v1/chat/completions", Map.of("model", "cairn/generator", "stream", true,
				"max_tokens", 12, "messages", List.of(Map.of("role", "user", "content", "hello there"))));

		assertThat(stream.status()).as(stream.toString()).isEqualTo(200);
		assertThat(stream.body()).contains("chat.completion.chunk")
			.contains("\"finish_reason\":\"stop\"")
			.endsWith("data:[DONE]\n\n");
	}

}
