package vn.thidua.evaluation;

import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.InvalidInputException;

import java.util.Locale;

/** The subject type as written in paths: INDIVIDUAL or COLLECTIVE, in any case. */
public final class Subjects {

    private Subjects() {
    }

    public static SubjectType type(String text) {
        try {
            return SubjectType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("subjectType", "evaluation.subjectType.invalid");
        }
    }
}
