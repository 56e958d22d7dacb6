package io.cairn.api.security;

import io.cairn.api.config.StorageProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may call the API.
 *
 * @param apiKeys {@code required}: every {@code /api/**} and {@code /v1/**} request needs
 * a key; {@code open}: requests without a key may do anything (meant for the embedded
 * mode on localhost). Unset: open in embedded storage mode, required in server mode.
 * @param adminKey a bootstrap secret that may do anything, including managing keys (e.g.
 * from {@code CAIRN_SECURITY_ADMIN_KEY}); at least 32 characters. Without it, nobody can
 * create keys in required mode.
 * @param pepper optional server-side secret mixed into the stored key hashes
 * (HMAC-SHA-256); at least 16 characters. Changing it invalidates every key.
 */
@ConfigurationProperties("cairn.security")
public record SecurityProperties(@Nullable ApiKeys apiKeys, @Nullable String adminKey, @Nullable String pepper) {

	static final int MIN_ADMIN_KEY_LENGTH = 32;

	public SecurityProperties {
		adminKey = blankToNull(adminKey);
		pepper = blankToNull(pepper);
		if (adminKey != null && adminKey.length() < MIN_ADMIN_KEY_LENGTH) {
			throw new IllegalArgumentException("cairn.security.admin-key must be at least " + MIN_ADMIN_KEY_LENGTH
					+ " characters long; generate one with: openssl rand -base64 32");
		}
	}

	/** Whether requests without a key are let in, given the storage mode. */
	public boolean open(StorageProperties.Mode storage) {
		ApiKeys mode = (this.apiKeys != null) ? this.apiKeys : defaultFor(storage);
		return mode == ApiKeys.OPEN;
	}

	static ApiKeys defaultFor(StorageProperties.Mode storage) {
		return (storage == StorageProperties.Mode.EMBEDDED) ? ApiKeys.OPEN : ApiKeys.REQUIRED;
	}

	/** Masks the secrets: configuration is sometimes logged whole. */
	@Override
	public String toString() {
		return "SecurityProperties[apiKeys=" + this.apiKeys + ", adminKey=" + mask(this.adminKey) + ", pepper="
				+ mask(this.pepper) + "]";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "none";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

	/** Whether API keys are required. */
	public enum ApiKeys {

		REQUIRED, OPEN

	}

}
