package io.cairn.api.images;

import java.util.Map;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.ingest.ChunkAlignment;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code cairn.images.models-dir} the app runs as before: no image beans, ingest
 * unchanged, and image search answers with a problem detail that names the setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
class ImageSearchIT {

	@LocalServerPort
	int port;

	@Autowired
	ObjectProvider<ChunkAlignment> alignment;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@Test
	void withoutAnImageModelSearchIsAClearProblemAndIngestIsUnchanged() {
		assertThat(this.alignment.getIfAvailable()).isNull();
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "pictures"));
		api.ingest("pictures", "notes.md", "# Notes\n\nThe pump was replaced in May.", "{}");
		Response response = api.get("/api/collections/pictures/images/search?q=pump");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("cairn.images.models-dir");
		assertThat(api.get("/api/collections/nope/images/search?q=pump").status()).isEqualTo(404);
	}

}
