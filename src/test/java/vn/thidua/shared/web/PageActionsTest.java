package vn.thidua.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Messages;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleVersionException;
import vn.thidua.shared.web.PageActions.Saved;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a user sees after a page action: the flash messages, the page shown, the errors on the form. */
class PageActionsTest {

    private static final String STALE = "Somebody else has just changed this. The form shows the current values.";
    private static final String FORM = "people/form";
    private static final String CURRENT = "people/form with the current values";

    private final StaticMessageSource texts = new StaticMessageSource();
    private final PageActions actions = new PageActions(new Messages(texts));
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final Person person = new Person();
    private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(person, "form");
    private final ExtendedModelMap model = new ExtendedModelMap();

    @BeforeEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        texts.addMessage("form.stale", Locale.ENGLISH, STALE);
        texts.addMessage("error.staleVersion", Locale.ENGLISH, "Changed meanwhile (yours: {0}, current: {1}).");
        texts.addMessage("campaign.locked", Locale.ENGLISH, "The campaign is {0}: it cannot change.");
        texts.addMessage("validation.code.taken", Locale.ENGLISH, "Code {0} is taken.");
        texts.addMessage("validation.name.short", Locale.ENGLISH, "The name is too short.");
        texts.addMessage("validation.individual.unknown", Locale.ENGLISH, "Nobody has this code.");
        texts.addMessage("error.notFound", Locale.ENGLISH, "{0} {1} was not found.");
        texts.addMessage("entity.campaign", Locale.ENGLISH, "Campaign");
        texts.addMessage("person.name", Locale.ENGLISH, "Name");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    // redirectAfter: a change made by a button

    @Test
    void buttonDoneRedirectsWithItsSuccessMessage() {
        String view = actions.redirectAfter("/campaigns/7", redirect, () -> "Opened for registration.");

        assertThat(view).isEqualTo("redirect:/campaigns/7");
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashSuccess", "Opened for registration."));
    }

    @Test
    void buttonWithoutMessageFlashesNothing() {
        AtomicBoolean moved = new AtomicBoolean();

        String view = actions.redirectAfter("/campaigns/7#criteria", redirect, () -> {
            moved.set(true);
        });

        assertThat(moved).isTrue();
        assertThat(view).isEqualTo("redirect:/campaigns/7#criteria");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void buttonOnAStaleVersionFlashesFormStale() {
        String view = actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new StaleVersionException(3, 4);
        });

        assertThat(view).isEqualTo("redirect:/campaigns/7");
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", STALE));
    }

    @Test
    void buttonRefusedFlashesTheReason() {
        actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new ConflictException("campaign.locked", "CLOSED");
        });

        assertThat(redirect.getFlashAttributes())
                .isEqualTo(Map.of("flashError", "The campaign is CLOSED: it cannot change."));
    }

    @Test
    void buttonWithRefusedInputFlashesItsFirstProblemAsBefore() {
        actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new InvalidInputException(List.of(new FieldProblem("name", "validation.name.short"),
                    new FieldProblem("code", "validation.code.taken", "A1")));
        });

        assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("The name is too short.");
    }

    @Test
    void buttonOnSomethingMissingStillEndsOnTheNotFoundPage() {
        assertThatThrownBy(() -> actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new NotFoundException("campaign", 7);
        })).isInstanceOf(NotFoundException.class);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void buttonFailingUnexplainedIsNotTurnedIntoAMessage() {
        assertThatThrownBy(() -> actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void buttonLosingALockingRaceIsTheConflictPageUnlessTheControllerAsks() {
        assertThatThrownBy(() -> actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        actions.lockingFailuresAsStale().redirectAfter("/campaigns/7", redirect, () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", STALE));
    }

    // the options of a page that words a refusal otherwise

    @Test
    void buttonWithRefusedInputFlashesItWordedAsThePageAsks() {
        PageActions joined = actions.wordingInputAs(e -> e.getProblems().size() + " problems: "
                + e.getProblems().stream().map(FieldProblem::field).toList());

        joined.redirectAfter("/campaigns/7", redirect, () -> {
            throw new InvalidInputException(List.of(new FieldProblem("name", "validation.name.short"),
                    new FieldProblem("code", "validation.code.taken", "A1")));
        });

        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "2 problems: [name, code]"));
    }

    @Test
    void buttonWithRefusedInputFlashesItAfterTheFieldsLabel() {
        actions.labellingInput("person.name").redirectAfter("/campaigns/7", redirect, () -> {
            throw new InvalidInputException(List.of(new FieldProblem("name", "validation.name.short"),
                    new FieldProblem("code", "validation.code.taken", "A1")));
        });

        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "Name: The name is too short."));
    }

    @Test
    void theWordingOfInputConcernsNoOtherFailure() {
        PageActions labelled = actions.labellingInput("person.name");

        labelled.redirectAfter("/campaigns/7", redirect, () -> {
            throw new ConflictException("campaign.locked", "CLOSED");
        });
        assertThat(redirect.getFlashAttributes())
                .isEqualTo(Map.of("flashError", "The campaign is CLOSED: it cannot change."));

        labelled.redirectAfter("/campaigns/7", redirect, () -> {
            throw new StaleVersionException(3, 4);
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", STALE));

        assertThatThrownBy(() -> labelled.redirectAfter("/campaigns/7", redirect, () -> {
            throw new NotFoundException("campaign", 7);
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theWordingOfInputLeavesAFormsProblemsOnTheirFields() {
        actions.labellingInput("person.name").form(result, () -> FORM).submit(redirect, () -> {
            throw new InvalidInputException("code", "validation.code.taken", "A1");
        });

        assertThat(result.getFieldError("code").getDefaultMessage()).isEqualTo("Code A1 is taken.");
    }

    @Test
    void buttonOnSomethingMissingFlashesItWhenThePageAsks() {
        String view = actions.notFoundAsRefusal().redirectAfter("/campaigns/7", redirect, () -> {
            throw new NotFoundException("campaign", 7);
        });

        assertThat(view).isEqualTo("redirect:/campaigns/7");
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "Campaign 7 was not found."));
    }

    @Test
    void formOnSomethingMissingShowsItAboveTheFormWhenThePageAsks() {
        String view = actions.notFoundAsRefusal().form(result, () -> FORM).submit(redirect, () -> {
            throw new NotFoundException("campaign", 7);
        });

        assertThat(view).isEqualTo(FORM);
        assertThat(result.getGlobalError().getDefaultMessage()).isEqualTo("Campaign 7 was not found.");
    }

    @Test
    void optionsTakenTogetherAllHold() {
        PageActions page = actions.lockingFailuresAsStale().notFoundAsRefusal().labellingInput("person.name");

        page.redirectAfter("/campaigns/7", redirect, () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", STALE));

        page.redirectAfter("/campaigns/7", redirect, () -> {
            throw new NotFoundException("campaign", 7);
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "Campaign 7 was not found."));

        page.redirectAfter("/campaigns/7", redirect, () -> {
            throw new InvalidInputException("name", "validation.name.short");
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "Name: The name is too short."));

        actions.labellingInput("person.name").notFoundAsRefusal().lockingFailuresAsStale()
                .redirectAfter("/campaigns/7", redirect, () -> {
                    throw new InvalidInputException("name", "validation.name.short");
                });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "Name: The name is too short."));
    }

    @Test
    void anOptionLeavesTheActionsItWasTakenFromAsTheyWere() {
        actions.lockingFailuresAsStale().notFoundAsRefusal().labellingInput("person.name");

        assertThatThrownBy(() -> actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new NotFoundException("campaign", 7);
        })).isInstanceOf(NotFoundException.class);
        actions.redirectAfter("/campaigns/7", redirect, () -> {
            throw new InvalidInputException("name", "validation.name.short");
        });
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashError", "The name is too short."));
    }

    // form(...).submit: a submitted form

    @Test
    void formWithBindingErrorsIsShownAgainWithoutSaving() {
        result.rejectValue("code", "NotBlank", "Required.");
        AtomicBoolean saved = new AtomicBoolean();

        String view = actions.form(result, () -> FORM).submit(redirect, () -> {
            saved.set(true);
            return new Saved("/people", "Saved.");
        });

        assertThat(view).isEqualTo(FORM);
        assertThat(saved).isFalse();
        assertThat(result.getFieldError("code").getDefaultMessage()).isEqualTo("Required.");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void formSavedRedirectsWithItsSuccessMessage() {
        String view = actions.form(result, () -> FORM)
                .submit(redirect, () -> new Saved("/people/12", "Ann Lee was added."));

        assertThat(view).isEqualTo("redirect:/people/12");
        assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("flashSuccess", "Ann Lee was added."));
    }

    @Test
    void formWithRefusedInputShowsTheProblemNextToItsField() {
        String view = actions.form(result, () -> FORM).submit(redirect, () -> {
            throw new InvalidInputException("code", "validation.code.taken", "A1");
        });

        assertThat(view).isEqualTo(FORM);
        assertThat(result.getFieldError("code").getDefaultMessage()).isEqualTo("Code A1 is taken.");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void formRefusedForAConflictShowsItAboveTheForm() {
        String view = actions.form(result, () -> FORM).submit(redirect, () -> {
            throw new ConflictException("campaign.locked", "CLOSED");
        });

        assertThat(view).isEqualTo(FORM);
        assertThat(result.getGlobalError().getDefaultMessage())
                .isEqualTo("The campaign is CLOSED: it cannot change.");
    }

    @Test
    void formOnAStaleVersionShowsTheCurrentValuesWithFormStale() {
        String view = actions.form(result, () -> FORM)
                .onStale(model, () -> CURRENT)
                .submit(redirect, () -> {
                    throw new StaleVersionException(3, 4);
                });

        assertThat(view).isEqualTo(CURRENT);
        assertThat(model.getAttribute("flashError")).isEqualTo(STALE);
        assertThat(result.hasErrors()).isFalse();
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void formWithoutOnStaleShowsAStaleVersionAsARefusal() {
        String view = actions.form(result, () -> FORM).submit(redirect, () -> {
            throw new StaleVersionException(3, 4);
        });

        assertThat(view).isEqualTo(FORM);
        assertThat(result.getGlobalError().getDefaultMessage())
                .isEqualTo("Changed meanwhile (yours: 3, current: 4).");
    }

    @Test
    void formLosingALockingRaceShowsTheCurrentValuesOnlyWhenTheControllerAsks() {
        assertThatThrownBy(() -> actions.form(result, () -> FORM).onStale(model, () -> CURRENT)
                .submit(redirect, () -> {
                    throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
                })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        String view = actions.lockingFailuresAsStale().form(result, () -> FORM).onStale(model, () -> CURRENT)
                .submit(redirect, () -> {
                    throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
                });
        assertThat(view).isEqualTo(CURRENT);
        assertThat(model.getAttribute("flashError")).isEqualTo(STALE);
    }

    @Test
    void formShowsAProblemOnTheFieldTheServiceNamesOtherwise() {
        actions.form(result, () -> FORM)
                .showingField("individualId", "individualCode")
                .submit(redirect, () -> {
                    throw new InvalidInputException(List.of(
                            new FieldProblem("individualId", "validation.individual.unknown"),
                            new FieldProblem("code", "validation.code.taken", "A1")));
                });

        assertThat(result.getFieldError("individualCode").getDefaultMessage()).isEqualTo("Nobody has this code.");
        assertThat(result.getFieldError("code").getDefaultMessage()).isEqualTo("Code A1 is taken.");
    }

    @Test
    void formOnSomethingMissingStillEndsOnTheNotFoundPage() {
        assertThatThrownBy(() -> actions.form(result, () -> FORM).submit(redirect, () -> {
            throw new NotFoundException("unit", 7);
        })).isInstanceOf(NotFoundException.class);
        assertThat(result.hasErrors()).isFalse();
    }

    /** A form backing bean. */
    public static class Person {

        private String code;
        private String individualCode;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getIndividualCode() {
            return individualCode;
        }

        public void setIndividualCode(String individualCode) {
            this.individualCode = individualCode;
        }
    }
}
