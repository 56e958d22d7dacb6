package io.cairn.api.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cairn.api.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Writes the 401 and 403 problem details (RFC 9457) of the security filters, which run
 * before Spring MVC and its problem handler.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String MISSING_KEY = "This endpoint needs an API key: send it as 'Authorization: Bearer <key>' or"
			+ " 'X-API-Key: <key>'. An admin creates keys with POST /api/keys.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean keyPresented = ex instanceof InvalidApiKeyException;
		// RFC 6750: error="invalid_token" only when a token was presented.
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				keyPresented ? "Bearer realm=\"cairn\", error=\"invalid_token\"" : "Bearer realm=\"cairn\"");
		write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
				keyPresented ? ex.getMessage() : MISSING_KEY);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", forbiddenDetail(ex));
	}

	static String forbiddenDetail(AccessDeniedException ex) {
		if (ex instanceof CollectionAccessDeniedException) {
			return ex.getMessage();
		}
		if (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof ApiAuthorization.Denial denial) {
			return denial.reason();
		}
		return "The API key does not allow this request.";
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
			String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.toString());
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
