package io.cairn.api.problem;

import io.cairn.core.ConflictException;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.answer.schema.InvalidModelOutputException;
import io.cairn.core.answer.schema.InvalidSchemaException;
import io.cairn.core.NotFoundException;
import io.cairn.core.ingest.folder.FolderImportDisabledException;
import io.cairn.core.document.DuplicateDocumentException;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one place where exceptions become RFC 9457 problem details. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(InvalidSchemaException.class)
	ProblemDetail invalidSchema(InvalidSchemaException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_SCHEMA, "Invalid JSON schema",
				ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	@ExceptionHandler(InvalidModelOutputException.class)
	ProblemDetail invalidModelOutput(InvalidModelOutputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, ProblemTypes.INVALID_MODEL_OUTPUT,
				"Invalid model output", ex.getMessage());
		problem.setProperty("violations", ex.violations().stream().map(Object::toString).toList());
		return problem;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler(FolderImportDisabledException.class)
	ProblemDetail folderImportDisabled(FolderImportDisabledException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FOLDER_IMPORT_DISABLED, "Folder import is off",
				ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(DuplicateDocumentException.class)
	ProblemDetail duplicate(DuplicateDocumentException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_DOCUMENT, "Duplicate document",
				ex.getMessage());
		problem.setProperty("existingDocumentId", ex.existingDocumentId());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(DocumentRejectedException.class)
	ProblemDetail rejected(DocumentRejectedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case UNSUPPORTED_MEDIA_TYPE, MEDIA_TYPE_MISMATCH -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case TOO_LARGE, TOO_MANY_PAGES, TOO_MANY_CHARACTERS, ARCHIVE_BOMB -> HttpStatus.CONTENT_TOO_LARGE;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = problem(status, ProblemTypes.documentRejected(ex.reason().name()), "Document rejected",
				ex.getMessage());
		problem.setProperty("reason", ex.reason().name());
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Upload too large",
				"The upload is larger than the limit of " + ex.getMaxUploadSize()
						+ " bytes (cairn.ingest.max-file-size). Split the file or raise the limit.");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
				"Cairn could not complete the request; the server log has the details. Nothing was changed"
						+ " unless the response said so.");
	}

	static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

}
