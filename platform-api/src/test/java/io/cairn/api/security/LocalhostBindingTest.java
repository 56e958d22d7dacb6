package io.cairn.api.security;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LocalhostBindingTest {

	@Test
	void anOpenEmbeddedServerListensOnLocalhostOnly() {
		assertThat(address(Map.of())).isEqualTo("127.0.0.1");
		assertThat(address(Map.of("cairn.storage.mode", "embedded", "cairn.security.api-keys", "open")))
			.isEqualTo("127.0.0.1");
	}

	@Test
	void otherwiseTheAddressIsLeftAlone() {
		assertThat(address(Map.of("cairn.storage.mode", "server"))).isNull();
		assertThat(address(Map.of("cairn.security.api-keys", "required"))).isNull();
		assertThat(address(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
		assertThat(address(Map.of("cairn.storage.mode", "server", "cairn.security.api-keys", "open"))).isNull();
	}

	private static @Nullable String address(Map<String, String> properties) {
		MockEnvironment environment = new MockEnvironment();
		properties.forEach(environment::setProperty);
		new LocalhostBinding().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address");
	}

}
