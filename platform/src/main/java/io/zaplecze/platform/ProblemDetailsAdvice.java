package io.zaplecze.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail: domain failures by their {@link DomainFailure.Kind},
 * bean validation with the offending fields, anything unexpected as a 500 that names no internals.
 * Module {@code @WebMvcTest} slices import it so they see the same bodies as the application.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String TYPE_BASE = "https://zaplecze.io/problems/";

	/**
	 * Path, query and header text with a NUL character is refused as a parameter of the wrong form
	 * (PostgreSQL cannot store or compare one), before any handler sees it.
	 */
	@InitBinder
	void refuseNulInParameters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(@Nullable String text) {
				String refused = (text != null) ? RequestTextModule.refusal(text) : null;
				if (refused != null) {
					throw new IllegalArgumentException(refused);
				}
				setValue(text);
			}
		});
	}

	@ExceptionHandler(DomainFailure.class)
	ResponseEntity<ProblemDetail> domainFailure(DomainFailure failure) {
		HttpStatus status = switch (failure.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, failure.getMessage());
		problem.setType(URI.create(TYPE_BASE + failure.code()));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", failure.code());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is invalid.");
		problem.setType(URI.create(TYPE_BASE + "validation"));
		problem.setTitle("Bad Request");
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create(TYPE_BASE + "invalid-argument"));
		problem.setTitle("Bad Request");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unhandled error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged.");
		problem.setTitle("Internal Server Error");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setType(URI.create(TYPE_BASE + "validation"));
		problem.setDetail("The request is invalid.");
		List<Map<String, Object>> errors = ex.getParameterValidationResults().stream().flatMap(result -> {
			String parameter = result.getMethodParameter().getParameterName();
			return result.getResolvableErrors().stream().map(error -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("field", error instanceof FieldError field ? field.getField()
						: (parameter != null ? parameter : "argument"));
				entry.put("message", error.getDefaultMessage());
				return entry;
			});
		}).toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * A body that cannot be turned into the request: says which field and why (a value a domain type
	 * refused, such as a latitude of 95, keeps its own message), without naming Java types.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException json = cause(ex, JacksonException.class);
		IllegalArgumentException refused = cause(ex, IllegalArgumentException.class);
		String field = (json != null) ? fieldPath(json) : "";
		String reason;
		if (refused != null && refused.getMessage() != null) {
			reason = refused.getMessage();
		}
		else if (json instanceof StreamReadException) {
			reason = "the body is not well-formed JSON";
		}
		else if (json != null) {
			reason = "a value has the wrong type or format";
		}
		else {
			reason = "the body is missing or unreadable";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				field.isEmpty() ? "Unreadable request: " + reason : "Unreadable request at '" + field + "': " + reason);
		problem.setType(URI.create(TYPE_BASE + "unreadable-body"));
		problem.setTitle("Bad Request");
		if (!field.isEmpty()) {
			problem.setProperty("field", field);
		}
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** A path or query parameter of the wrong form: which one, what it must look like, what came. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException m) ? m.getName() : ex.getPropertyName();
		String parameter = (name != null) ? name : "parameter";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "'" + parameter + "' must be "
				+ expected(ex.getRequiredType()) + ", not '" + shortened(ex.getValue()) + "'");
		problem.setType(URI.create(TYPE_BASE + "invalid-parameter"));
		problem.setTitle("Bad Request");
		problem.setProperty("field", parameter);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** The refused value as the client sent it, cut after 80 characters (a 1 MB value is not echoed). */
	private static String shortened(@Nullable Object value) {
		String text = String.valueOf(value);
		return (text.length() > 80) ? text.substring(0, 80) + "… (" + text.length() + " characters)" : text;
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "of the expected form";
		}
		if (type == String.class) {
			return "text without NUL characters";
		}
		if (type == java.time.LocalDate.class) {
			return "an ISO date such as 2026-11-27";
		}
		if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
			return "an ISO instant such as 2026-11-27T08:00:00Z";
		}
		if (type == java.util.UUID.class) {
			return "a UUID";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		return "of the expected form";
	}

	private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** {@code lines[2].quantity} from the parser's reference chain. */
	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setType(URI.create(TYPE_BASE + "validation"));
		problem.setDetail("The request is invalid.");
		List<Map<String, Object>> errors = ex.getBindingResult().getAllErrors().stream().map(error -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("field", error instanceof FieldError field ? field.getField() : error.getObjectName());
			entry.put("message", error.getDefaultMessage());
			return entry;
		}).toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
