package io.cairn.api.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** Tells OpenAPI clients (and the Swagger UI's Authorize button) how to send a key. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(security = @SecurityRequirement(name = ApiKeyScheme.NAME))
@SecurityScheme(name = ApiKeyScheme.NAME, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API key (cairn_…), unless the server runs in open mode. Also accepted as X-API-Key.")
class ApiKeyScheme {

	static final String NAME = "apiKey";

}
