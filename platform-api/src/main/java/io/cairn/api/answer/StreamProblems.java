package io.cairn.api.answer;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem detail sent as the last event of a stream that failed after it started. */
final class StreamProblems {

	static final URI GENERATOR_FAILED = URI.create("urn:cairn:problem:generator-failed");

	private StreamProblems() {
	}

	static Object of(Throwable error) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"The generator failed while writing the answer: " + error.getMessage());
		problem.setType(GENERATOR_FAILED);
		problem.setTitle("Generator failed");
		return problem;
	}

}
