package io.cairn.api.security;

import io.cairn.api.config.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at startup who can call the API when that is anyone, or when nobody can get in.
 */
@Component
class AccessStartupWarning implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(AccessStartupWarning.class);

	private final SecurityProperties security;

	private final StorageProperties storage;

	private final Environment environment;

	AccessStartupWarning(SecurityProperties security, StorageProperties storage, Environment environment) {
		this.security = security;
		this.storage = storage;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (this.security.open(this.storage.mode())) {
			String address = this.environment.getProperty("server.address");
			String reach = ("127.0.0.1".equals(address) || "localhost".equals(address)) ? "localhost:" + port
					: ((address != null) ? address : "any address of this machine") + " port " + port;
			log.warn("API keys are not required: Cairn is open to anyone who can reach {}; set"
					+ " cairn.security.api-keys=required and cairn.security.admin-key to require keys", reach);
		}
		else if (this.security.adminKey() == null) {
			log.warn(
					"API keys are required but cairn.security.admin-key is not set: no API key can be created;"
							+ " set it (at least {} characters) to manage keys through POST /api/keys",
					SecurityProperties.MIN_ADMIN_KEY_LENGTH);
		}
		else {
			log.info("API keys are required for /api and /v1");
		}
	}

}
