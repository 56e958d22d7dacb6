package io.cairn.api.security;

import java.util.Map;

import io.cairn.api.config.StorageProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Binds the server to 127.0.0.1 when the API is open (no keys required) in embedded mode
 * and {@code server.address} is not configured: an open Cairn on a laptop must not be
 * reachable from the network by accident. Set {@code server.address} (e.g.
 * {@code 0.0.0.0}) to choose otherwise.
 */
public class LocalhostBinding implements EnvironmentPostProcessor {

	static final String SOURCE = "cairnLocalhostBinding";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("server.address")) {
			return;
		}
		Binder binder = Binder.get(environment);
		StorageProperties.Mode storage = binder.bind("cairn.storage.mode", StorageProperties.Mode.class)
			.orElse(StorageProperties.Mode.EMBEDDED);
		SecurityProperties.ApiKeys apiKeys = binder.bind("cairn.security.api-keys", SecurityProperties.ApiKeys.class)
			.orElse(SecurityProperties.defaultFor(storage));
		if (storage == StorageProperties.Mode.EMBEDDED && apiKeys == SecurityProperties.ApiKeys.OPEN) {
			// Last: any other source that sets the address wins.
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
		}
	}

}
