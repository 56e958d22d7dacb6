package io.cairn.api.security;

import io.cairn.api.problem.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns access checks made inside controllers ({@link CollectionAccess}) into 403
 * problems; ordered before the general problem handler, which would report them as
 * internal errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				SecurityProblems.forbiddenDetail(ex));
		problem.setType(ProblemTypes.FORBIDDEN);
		problem.setTitle("Forbidden");
		return problem;
	}

}
