package io.cairn.api.security;

import java.nio.charset.StandardCharsets;

import io.cairn.api.config.StorageProperties;
import io.cairn.core.access.ApiKeyRepository;
import io.cairn.core.access.ApiKeyService;
import io.cairn.core.access.SecretHasher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two filter chains: the API ({@code /api/**}, {@code /v1/**}), stateless with API keys
 * and no CSRF (tokens in headers, not cookies); and everything else (web UI, static
 * assets, OpenAPI, health), which keeps CSRF protection for the UI's forms.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecretHasher secretHasher(SecurityProperties security) {
		String pepper = security.pepper();
		return new SecretHasher((pepper != null) ? pepper.getBytes(StandardCharsets.UTF_8) : null);
	}

	@Bean
	ApiKeyService apiKeyService(ApiKeyRepository keys, SecretHasher hasher) {
		return new ApiKeyService(keys, hasher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService keys, SecurityProperties security,
			StorageProperties storage, CollectionAccess access) throws Exception {
		SecurityProblems problems = new SecurityProblems();
		ApiAuthorization rules = new ApiAuthorization(access);
		ApiKeyAuthenticationFilter filter = new ApiKeyAuthenticationFilter(keys, security.adminKey(),
				security.open(storage.mode()), problems);
		return http.securityMatcher("/api/**", "/v1/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/keys", "/api/keys/**")
				.access(rules.admin())
				.requestMatchers(HttpMethod.POST, "/api/collections")
				.access(rules.allCollections())
				.requestMatchers(HttpMethod.DELETE, "/api/collections/{collection}")
				.access(rules.allCollections())
				.requestMatchers("/api/collections/{collection}/**")
				.access(rules.collectionInPath())
				.anyRequest()
				.access(rules.caller()))
			.addFilterBefore(filter, AnonymousAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webFilterChain(HttpSecurity http) throws Exception {
		// The UI has no login yet: its pages are open; CSRF guards its state-changing
		// forms.
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.spa())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.build();
	}

}
