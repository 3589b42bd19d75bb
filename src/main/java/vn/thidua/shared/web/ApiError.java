package vn.thidua.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/** Builds RFC 9457 problem details in the shape API.md promises. */
public final class ApiError {

    private ApiError() {
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
        return of(status, title, detail, null);
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail,
                                                   List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One bad field: {@code {field, message}}. */
    public record FieldError(String field, String message) {
    }
}
