package io.cairn.api.security;

import org.springframework.security.access.AccessDeniedException;

/** The caller's key does not reach a collection; becomes a 403 problem. */
public final class CollectionAccessDeniedException extends AccessDeniedException {

	public CollectionAccessDeniedException(String message) {
		super(message);
	}

}
