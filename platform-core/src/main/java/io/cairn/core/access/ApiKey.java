package io.cairn.core.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API key as stored: what identifies it and what it may reach, never its secret or the
 * secret's hash, so it is safe to log and to return from the API.
 *
 * @param id database id
 * @param name what the key is for, as its creator named it
 * @param prefix the first characters of the secret, to recognise a key without revealing
 * it
 * @param scope the collections the key reaches
 * @param createdAt creation time
 * @param revokedAt when it was revoked; null while it is active
 */
public record ApiKey(long id, String name, String prefix, ApiKeyScope scope, Instant createdAt,
		@Nullable Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
