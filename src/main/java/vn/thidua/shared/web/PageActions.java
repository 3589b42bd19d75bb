package vn.thidua.shared.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Messages;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleVersionException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a page controller ends a POST, so that it does not handle the same failures by hand. Two
 * kinds of failure are answered on the page:
 * <ul>
 *   <li>a <em>stale version</em> ({@link StaleVersionException}): somebody else changed the thing
 *       since the page was shown; the user reads {@code form.stale};</li>
 *   <li>a <em>refusal</em>: any other {@link DomainException} (invalid input, wrong status,
 *       duplicate), shown in the user's language.</li>
 * </ul>
 * Everything else propagates to {@link PageExceptionHandler} as before; in particular a
 * {@link NotFoundException} still ends on the 404 page (unless the controller asks otherwise,
 * see {@link #notFoundAsRefusal}).
 *
 * <p>A change made by a button, then back to a page with what happened as a flash message:
 * <pre>{@code
 * return actions.redirectAfter("/campaigns/" + id, redirect, () -> {
 *     Campaign campaign = campaigns.transition(id, to, version);
 *     return messages.get("campaign.transitioned", campaign.getStatus().label());
 * });
 * }</pre>
 *
 * <p>A form: shown again with its binding errors, or with the service's refusal next to the
 * fields; after a stale version, shown with the current values instead (only when the controller
 * says how, see {@link Form#onStale}; without it a stale version is a refusal like any other):
 * <pre>{@code
 * return actions.form(result, () -> showForm(form, unit, model))
 *         .onStale(model, () -> {
 *             Unit current = units.get(id);
 *             return showForm(UnitForm.of(current), current, model);
 *         })
 *         .submit(redirect, () -> {
 *             Unit saved = units.update(id, form.toChanges());
 *             return new Saved("/admin/units", messages.get("unit.updated", saved.getName()));
 *         });
 * }</pre>
 *
 * <p>A controller whose service may also lose a race on the JPA version (an
 * {@link ObjectOptimisticLockingFailureException} instead of a {@link StaleVersionException})
 * takes {@code actions.lockingFailuresAsStale()} once, in its constructor. Elsewhere that failure
 * stays the 409 page of {@link PageExceptionHandler}.
 *
 * <p>Two more options, taken the same way, for pages that have always said a refusal otherwise:
 * <ul>
 *   <li>{@link #wordingInputAs} (or {@link #labellingInput}): how the flash message of
 *       {@link #redirectAfter} words an {@link InvalidInputException}, e.g. all its problems
 *       joined, or the field's label in front ("Lý do trả lại: tối đa 1.000 ký tự"); a form still
 *       shows each problem next to its field;</li>
 *   <li>{@link #notFoundAsRefusal}: a {@link NotFoundException} is a refusal like any other, shown
 *       on the page instead of the 404 page, for a page that has always answered so.</li>
 * </ul>
 *
 * <p>Adopting it: a {@code try} whose handlers are "stale → {@code flashError form.stale}" and
 * "{@code DomainException} (not {@code NotFoundException}) → {@code flashError messages.of(e)}"
 * becomes {@link #redirectAfter}; a {@code try} that puts the refusal on the form with
 * {@link Forms#reject} becomes {@link #form}; one that words an input refusal otherwise, or also
 * catches a {@link NotFoundException}, takes the option for it. A page that answers otherwise
 * still (input problems next to the criterion they are about, a failure worded into another
 * message) keeps its hand-written {@code try} for that action.
 */
@Component
public class PageActions {

    private static final String SUCCESS = "flashSuccess";
    private static final String ERROR = "flashError";
    private static final String STALE = "form.stale";

    private final Messages messages;
    private final boolean lockingFailuresAreStale;
    private final boolean notFoundIsRefusal;
    /** The flash text of an input refusal; null: {@link Messages#of}, its first problem. */
    private final Function<InvalidInputException, String> inputWording;

    @Autowired
    public PageActions(Messages messages) {
        this(messages, false, false, null);
    }

    private PageActions(Messages messages, boolean lockingFailuresAreStale, boolean notFoundIsRefusal,
                        Function<InvalidInputException, String> inputWording) {
        this.messages = messages;
        this.lockingFailuresAreStale = lockingFailuresAreStale;
        this.notFoundIsRefusal = notFoundIsRefusal;
        this.inputWording = inputWording;
    }

    /** The same, also taking an {@link ObjectOptimisticLockingFailureException} for a stale version. */
    public PageActions lockingFailuresAsStale() {
        return new PageActions(messages, true, notFoundIsRefusal, inputWording);
    }

    /**
     * The same, also taking a {@link NotFoundException} for a refusal: its message as
     * {@code flashError}, or above the form, instead of the 404 page.
     */
    public PageActions notFoundAsRefusal() {
        return new PageActions(messages, lockingFailuresAreStale, true, inputWording);
    }

    /**
     * The same, with {@code wording} giving the {@code flashError} of {@link #redirectAfter} for an
     * {@link InvalidInputException} (by default its first problem). A form is not concerned: it
     * shows each problem next to its field.
     */
    public PageActions wordingInputAs(Function<InvalidInputException, String> wording) {
        return new PageActions(messages, lockingFailuresAreStale, notFoundIsRefusal, wording);
    }

    /**
     * The same, with the label of the field (the message {@code labelKey}) in front of an input
     * refusal of {@link #redirectAfter}: "label: first problem".
     */
    public PageActions labellingInput(String labelKey) {
        return wordingInputAs(e -> messages.get(labelKey) + ": " + messages.of(e));
    }

    /**
     * Makes a change and redirects to {@code path}: the text {@code change} returns as
     * {@code flashSuccess} (none if it returns null); a stale version or a refusal as
     * {@code flashError}.
     */
    public String redirectAfter(String path, RedirectAttributes redirect, Supplier<String> change) {
        try {
            String success = change.get();
            if (success != null) {
                redirect.addFlashAttribute(SUCCESS, success);
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute(ERROR, explain(e));
        }
        return "redirect:" + path;
    }

    /** The same for a change the page shows by itself: no success message. */
    public String redirectAfter(String path, RedirectAttributes redirect, Runnable change) {
        return redirectAfter(path, redirect, () -> {
            change.run();
            return null;
        });
    }

    /**
     * A submitted form; {@code showAgain} renders it again with what the user typed (and the errors
     * on {@code result}). Finish with {@link Form#submit}.
     */
    public Form form(BindingResult result, Supplier<String> showAgain) {
        return new Form(result, showAgain);
    }

    /** The flash text of a failure answered on the page; anything else is thrown on. */
    private String explain(RuntimeException e) {
        if (isStale(e)) {
            return messages.get(STALE);
        }
        DomainException refusal = refusal(e);
        if (inputWording != null && refusal instanceof InvalidInputException invalid) {
            return inputWording.apply(invalid);
        }
        return messages.of(refusal);
    }

    private boolean isStale(RuntimeException e) {
        return e instanceof StaleVersionException
                || lockingFailuresAreStale && e instanceof ObjectOptimisticLockingFailureException;
    }

    private DomainException refusal(RuntimeException e) {
        if (e instanceof DomainException refusal && (notFoundIsRefusal || !(e instanceof NotFoundException))) {
            return refusal;
        }
        throw e;
    }

    /** What a saved form leads to: the page to redirect to and the {@code flashSuccess} it shows. */
    public record Saved(String path, String message) {
    }

    /** One submission of a form; see {@link PageActions}. */
    public final class Form {

        private final BindingResult result;
        private final Supplier<String> showAgain;
        private final Map<String, String> formFields = new HashMap<>();
        private Model model;
        private Supplier<String> showCurrent;

        private Form(BindingResult result, Supplier<String> showAgain) {
            this.result = result;
            this.showAgain = showAgain;
        }

        /**
         * After a stale version, {@code showCurrent} renders the form with the current values and
         * {@code form.stale} as {@code flashError} on {@code model}; what the user typed is lost.
         */
        public Form onStale(Model model, Supplier<String> showCurrent) {
            this.model = model;
            this.showCurrent = showCurrent;
            return this;
        }

        /**
         * The service names a field differently from the form (an id where the form asks for a
         * code): its input problems are shown on {@code formField}.
         */
        public Form showingField(String serviceField, String formField) {
            formFields.put(serviceField, formField);
            return this;
        }

        /**
         * Binding errors: the form again, {@code save} not called. Otherwise saves and redirects to
         * {@link Saved#path()} with its message; a refusal goes onto {@code result} (fields, or above
         * the form) and the form is shown again.
         */
        public String submit(RedirectAttributes redirect, Supplier<Saved> save) {
            if (result.hasErrors()) {
                return showAgain.get();
            }
            Saved saved;
            try {
                saved = save.get();
            } catch (RuntimeException e) {
                if (showCurrent != null && isStale(e)) {
                    model.addAttribute(ERROR, messages.get(STALE));
                    return showCurrent.get();
                }
                Forms.reject(result, onForm(refusal(e)), messages);
                return showAgain.get();
            }
            redirect.addFlashAttribute(SUCCESS, saved.message());
            return "redirect:" + saved.path();
        }

        private DomainException onForm(DomainException refusal) {
            if (formFields.isEmpty() || !(refusal instanceof InvalidInputException invalid)) {
                return refusal;
            }
            List<FieldProblem> problems = invalid.getProblems().stream()
                    .map(p -> formFields.containsKey(p.field())
                            ? new FieldProblem(formFields.get(p.field()), p.messageKey(), p.arguments()) : p)
                    .toList();
            return new InvalidInputException(problems);
        }
    }
}
