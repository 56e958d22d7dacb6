package io.cairn.api.security;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rules of the API filter chain. A request without an API caller (no key in required
 * mode) is denied, which the chain answers with 401; a caller whose key does not reach
 * the resource gets 403 with the reason of the {@link Denial}.
 */
final class ApiAuthorization {

	private static final AuthorizationResult GRANTED = new AuthorizationDecision(true);

	private final CollectionAccess access;

	ApiAuthorization(CollectionAccess access) {
		this.access = access;
	}

	/** Any API caller. */
	AuthorizationManager<RequestAuthorizationContext> caller() {
		return rule((caller) -> true, "An API key is needed.");
	}

	/** Key management: the admin key, or anyone in open mode. */
	AuthorizationManager<RequestAuthorizationContext> admin() {
		return rule(Caller::admin, "Only the admin key (cairn.security.admin-key) may manage API keys.");
	}

	/** Creating and deleting collections: keys that reach every collection. */
	AuthorizationManager<RequestAuthorizationContext> allCollections() {
		return rule(Caller::allCollections,
				"Creating and deleting collections needs a key for all collections (\"collections\": \"*\").");
	}

	/** Requests under {@code /api/collections/{collection}}: keys that reach it. */
	AuthorizationManager<RequestAuthorizationContext> collectionInPath() {
		return (authentication, context) -> {
			Caller caller = callerOf(authentication);
			if (caller == null) {
				return new Denial("No API caller");
			}
			String name = context.getVariables().getOrDefault("collection", "");
			return this.access.allows(caller, name) ? GRANTED : new Denial(CollectionAccess.denied(name).getMessage());
		};
	}

	private static AuthorizationManager<RequestAuthorizationContext> rule(Predicate<Caller> allowed, String reason) {
		return (authentication, context) -> {
			Caller caller = callerOf(authentication);
			return (caller != null && allowed.test(caller)) ? GRANTED : new Denial(reason);
		};
	}

	private static @Nullable Caller callerOf(Supplier<? extends @Nullable Authentication> authentication) {
		return (authentication.get() instanceof ApiKeyAuthentication api) ? api.caller() : null;
	}

	/**
	 * A denial with the reason the 403 problem gives.
	 *
	 * @param reason what the key lacks
	 */
	record Denial(String reason) implements AuthorizationResult {

		@Override
		public boolean isGranted() {
			return false;
		}

	}

}
