package vn.thidua.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.databind.DatabindException;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.ExplainedAccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;
import vn.thidua.shared.UnsupportedFileTypeException;

import java.util.List;
import java.util.stream.Collectors;

/** Every error of the REST API as RFC 9457 problem details, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    public ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    /** Bean Validation has already written the messages in the request's language. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<ApiError.FieldError> errors = new java.util.ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new ApiError.FieldError(error.getField(),
                error.isBindingFailure() ? messages.get("validation.typeMismatch") : error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new ApiError.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return badRequest(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<ApiError.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ApiError.FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return badRequest(errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return badRequest(e.getProblems().stream()
                .map(p -> new ApiError.FieldError(p.field(), messages.get(p.messageKey(), p.arguments())))
                .toList());
    }

    /** A file with bad rows (an import): {@code errors: [{row, field, message}]}. */
    @ExceptionHandler(InvalidRowsException.class)
    ResponseEntity<ProblemDetail> invalidRows(InvalidRowsException e) {
        List<RowError> errors = e.getProblems().stream()
                .map(p -> new RowError(p.row(), p.field(), messages.get(p.messageKey(), p.arguments())))
                .toList();
        return ApiError.of(HttpStatus.BAD_REQUEST, messages.get("error.validation.title"), messages.of(e), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLargeException tooLarge) {
                return tooLargeBody(tooLarge);
            }
        }
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = databind instanceof JsonTextModule.ControlCharacterException control
                    ? messages.get("validation.text.character", Texts.codePoint(control.character()))
                    : messages.get("validation.typeMismatch");
            return badRequest(List.of(new ApiError.FieldError(field, message)));
        }
        return ApiError.of(HttpStatus.BAD_REQUEST, messages.get("error.badRequest.title"),
                messages.get("error.unreadableBody"));
    }

    /** A body read past {@code app.web.max-body-size} (one without a Content-Length; see {@link RequestBodyLimit}). */
    @ExceptionHandler(RequestBodyLimit.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLargeBody(RequestBodyLimit.TooLargeException e) {
        return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.413.body.title"),
                RequestBodyLimit.detail(e.limit(), messages));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new ApiError.FieldError(e.getName(), messages.get("validation.typeMismatch"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return badRequest(List.of(new ApiError.FieldError(e.getParameterName(),
                messages.get("jakarta.validation.constraints.NotNull.message"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return badRequest(List.of(new ApiError.FieldError(e.getRequestPartName(),
                messages.get("jakarta.validation.constraints.NotNull.message"))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ApiError.of(HttpStatus.NOT_FOUND, messages.get("error.404.title"), messages.of(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        String detail = e instanceof ExplainedAccessDeniedException explained
                ? messages.of(explained)
                : messages.get("error.403.detail");
        return ApiError.of(HttpStatus.FORBIDDEN, messages.get("error.403.title"), detail);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return ApiError.of(HttpStatus.CONFLICT, messages.get("error.409.title"), messages.of(e));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return ApiError.of(HttpStatus.CONFLICT, messages.get("error.409.title"),
                messages.get("error.concurrentUpdate"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        String constraint = ConstraintViolations.constraintName(e).orElse("unknown");
        log.info("Constraint {} refused a write: {}", constraint, e.getMostSpecificCause().getMessage());
        String detail = messages.get("constraint." + constraint);
        if (detail.equals("constraint." + constraint)) {
            detail = messages.get("error.integrity");
        }
        if (ConstraintViolations.isBadInput(constraint)) {
            return ApiError.of(HttpStatus.BAD_REQUEST, messages.get("error.badRequest.title"), detail);
        }
        return ApiError.of(HttpStatus.CONFLICT, messages.get("error.409.title"), detail);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.413.title"),
                messages.get("error.413.detail"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, messages.get("error.badRequest.title"),
                messages.get("error.badMultipart"));
    }

    @ExceptionHandler({UnsupportedFileTypeException.class})
    ResponseEntity<ProblemDetail> unsupportedFile(UnsupportedFileTypeException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.415.title"), messages.of(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.415.title"),
                messages.get("error.415.contentType"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return ApiError.of(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.405.title"),
                messages.get("error.405.detail"));
    }

    private ResponseEntity<ProblemDetail> badRequest(List<ApiError.FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return ApiError.of(HttpStatus.BAD_REQUEST, messages.get("error.validation.title"), detail, errors);
    }

    /** One bad row of an uploaded file, numbered as in the spreadsheet (the header is row 1). */
    public record RowError(int row, String field, String message) {
    }
}
