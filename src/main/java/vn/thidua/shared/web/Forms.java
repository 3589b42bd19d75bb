package vn.thidua.shared.web;

import org.springframework.validation.BindingResult;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;

/** Puts a service's refusal onto the form, next to the field it is about. */
public final class Forms {

    private Forms() {
    }

    /** Field problems found by the service, shown like Bean Validation errors. */
    public static void reject(BindingResult result, InvalidInputException exception, Messages messages) {
        for (InvalidInputException.FieldProblem problem : exception.getProblems()) {
            String message = messages.get(problem.messageKey(), problem.arguments());
            if (result.getFieldType(problem.field()) != null || hasField(result, problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), message);
            } else {
                result.reject(problem.messageKey(), problem.arguments(), message);
            }
        }
    }

    /**
     * Any refusal of the service: field problems next to their fields, the rest (duplicate, wrong
     * status) above the form.
     */
    public static void reject(BindingResult result, DomainException exception, Messages messages) {
        if (exception instanceof InvalidInputException invalid) {
            reject(result, invalid, messages);
        } else {
            result.reject(exception.getMessageKey(), exception.getArguments(), messages.of(exception));
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getRawFieldValue(field) != null || result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
