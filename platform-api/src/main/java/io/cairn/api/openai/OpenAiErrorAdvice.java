package io.cairn.api.openai;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Problem details on {@code /v1} also carry OpenAI's {@code error} object, so OpenAI
 * client libraries show the message; the body stays an RFC 9457 problem detail.
 */
@ControllerAdvice
class OpenAiErrorAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request.getURI().getPath().startsWith("/v1/")) {
			String type = (problem.getStatus() >= 500) ? "server_error"
					: (problem.getStatus() == 401) ? "authentication_error"
							: (problem.getStatus() == 403) ? "permission_error"
									: (problem.getStatus() == 404) ? "not_found_error" : "invalid_request_error";
			problem.setProperty("error", Map.of("message", String.valueOf(problem.getDetail()), "type", type, "code",
					Integer.toString(problem.getStatus())));
		}
		return body;
	}

}
