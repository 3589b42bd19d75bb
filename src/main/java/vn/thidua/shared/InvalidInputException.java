package vn.thidua.shared;

import java.util.List;

/**
 * Input that breaks a rule only the service can check (400), with every offending field.
 * Bean Validation covers the simple rules before the service is called.
 */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }
}
