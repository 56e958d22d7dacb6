package io.cairn.api.security;

import org.springframework.security.core.AuthenticationException;

/** A key was presented but is unknown or revoked. */
final class InvalidApiKeyException extends AuthenticationException {

	InvalidApiKeyException() {
		super("The API key is unknown or has been revoked. Ask an admin for a valid key (GET /api/keys lists them).");
	}

}
