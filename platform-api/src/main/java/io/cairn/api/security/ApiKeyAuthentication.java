package io.cairn.api.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated API caller. Holds no credentials: the presented secret is dropped as
 * soon as it is checked.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	ApiKeyAuthentication(Caller caller) {
		super(caller.admin() ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
		this.caller = caller;
		setAuthenticated(true);
	}

	public Caller caller() {
		return this.caller;
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.caller.describe();
	}

}
