package io.cairn.api.security;

import java.io.IOException;
import java.util.Optional;

import io.cairn.core.access.ApiKeyService;
import io.cairn.core.access.SecretHasher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key of a request ({@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}) and establishes the caller. An unknown or revoked key is
 * answered with 401 at once, in open mode too: a client that sends a key means to be that
 * key, and should learn that it is no longer valid. Without a key, open mode lets the
 * request in as {@link Caller#OPEN}; required mode leaves it anonymous, which the
 * authorization rules answer with 401. In open mode a value that is not a Cairn key at
 * all (OpenAI client libraries insist on sending something) counts as no key. The key
 * text is never logged.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

	private static final String BEARER = "bearer ";

	private final ApiKeyService keys;

	private final SecretHasher adminHasher = new SecretHasher(null);

	private final byte @Nullable [] adminKeyHash;

	private final boolean open;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	// Async and error dispatches of the same request find the caller here.
	private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	ApiKeyAuthenticationFilter(ApiKeyService keys, @Nullable String adminKey, boolean open,
			AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.adminKeyHash = (adminKey != null) ? this.adminHasher.hash(adminKey) : null;
		this.open = open;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (this.open && presented != null && !presented.startsWith(ApiKeyService.SECRET_PREFIX)
				&& identify(presented).isEmpty()) {
			presented = null;
		}
		Caller caller;
		if (presented == null) {
			if (!this.open) {
				chain.doFilter(request, response);
				return;
			}
			caller = Caller.OPEN;
		}
		else {
			Optional<Caller> identified = identify(presented);
			if (identified.isEmpty()) {
				log.debug("Refused {} {}: unknown or revoked API key", request.getMethod(), request.getRequestURI());
				this.holder.clearContext();
				this.entryPoint.commence(request, response, new InvalidApiKeyException());
				return;
			}
			caller = identified.get();
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(caller));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	private Optional<Caller> identify(String presented) {
		if (this.adminKeyHash != null && this.adminHasher.matches(presented, this.adminKeyHash)) {
			return Optional.of(Caller.ADMIN);
		}
		return this.keys.authenticate(presented).map(Caller.KeyHolder::new);
	}

	/** The key the request presents; blank when it presents an empty one. */
	private static @Nullable String presentedKey(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).strip();
		}
		String header = request.getHeader(API_KEY_HEADER);
		return (header != null) ? header.strip() : null;
	}

}
