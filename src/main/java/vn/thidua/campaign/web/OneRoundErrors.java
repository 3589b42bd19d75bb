package vn.thidua.campaign.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Messages;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every problem of a submitted form in one round. Spring stops at values it cannot convert (a
 * date typed wrong) and the service's rules were then only checked on the next submit; here the
 * service's problems are added to the fields that did convert. A date that has the dd/mm/yyyy shape
 * but does not exist ("31/02/2028") says so, instead of "not a date as dd/mm/yyyy".
 */
final class OneRoundErrors {

    /** dd/mm/yyyy with a day 1–31 and a month 1–12: the shape of a date, whether or not it exists. */
    private static final Pattern DATE_SHAPE = Pattern.compile("^(0?[1-9]|[12]\\d|3[01])/(0?[1-9]|1[0-2])/\\d{4}$");

    private OneRoundErrors() {
    }

    /**
     * With no binding error, {@code bound} itself (the service checks everything on save). Otherwise
     * a copy holding the binding errors, reworded as above, plus {@code serviceProblems} of the other
     * fields, put on the model in place of {@code bound}.
     */
    static BindingResult of(BindingResult bound, Model model, Messages messages,
                            Supplier<List<FieldProblem>> serviceProblems) {
        if (!bound.hasErrors()) {
            return bound;
        }
        BeanPropertyBindingResult all = new BeanPropertyBindingResult(bound.getTarget(), bound.getObjectName());
        for (ObjectError error : bound.getAllErrors()) {
            all.addError(error instanceof FieldError field ? reworded(field, bound, messages) : error);
        }
        for (FieldProblem problem : serviceProblems.get()) {
            if (all.hasFieldErrors(problem.field())) {
                continue; // the field could not be read: its binding error says why
            }
            String message = messages.get(problem.messageKey(), problem.arguments());
            if (bound.getFieldType(problem.field()) != null) {
                all.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), message);
            } else {
                all.reject(problem.messageKey(), problem.arguments(), message);
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), all);
        return all;
    }

    private static FieldError reworded(FieldError error, BindingResult bound, Messages messages) {
        Class<?> type = bound.getFieldType(error.getField());
        if (error.isBindingFailure() && type == java.time.LocalDate.class
                && error.getRejectedValue() instanceof String text && DATE_SHAPE.matcher(text.strip()).matches()) {
            String value = text.strip();
            return new FieldError(error.getObjectName(), error.getField(), value, true,
                    new String[] {"validation.date.notExist"}, new Object[] {value},
                    messages.get("validation.date.notExist", value));
        }
        return error;
    }
}
