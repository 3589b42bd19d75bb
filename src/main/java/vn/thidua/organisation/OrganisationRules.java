package vn.thidua.organisation;

import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.util.List;
import java.util.regex.Pattern;

/** Field rules shared by the forms, the API and the import, so all three refuse the same things. */
public final class OrganisationRules {

    public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,31}$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int NAME_MAX = 255;

    private OrganisationRules() {
    }

    public static void code(String field, String code, List<FieldProblem> problems) {
        if (code == null) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.NotBlank.message"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field, "validation.code.format"));
        }
    }

    /** A name as cleaned by {@link Texts#clean} (blank, invisible spaces included, is null): required. */
    public static void name(String field, String name, List<FieldProblem> problems) {
        if (name == null) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.NotBlank.message"));
        } else {
            optionalText(field, name, problems);
        }
    }

    public static void optionalText(String field, String text, List<FieldProblem> problems) {
        if (text != null && text.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, "validation.text.tooLong", NAME_MAX));
        } else {
            Texts.check(field, text, problems);
        }
    }

    public static void email(String field, String email, List<FieldProblem> problems) {
        if (email != null && (email.length() > NAME_MAX || !EMAIL.matcher(email).matches()
                || Texts.forbiddenCharacter(email) >= 0)) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.Email.message"));
        }
    }
}
