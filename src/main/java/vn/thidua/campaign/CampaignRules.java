package vn.thidua.campaign;

import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.math.BigDecimal;
import java.util.List;

/** Field rules of campaigns and criteria, shared by the pages and the API. */
final class CampaignRules {

    static final int NAME_MAX = 500;
    static final int TITLE_MAX = 1000;
    static final int GROUP_MAX = 255;
    static final int DECISION_NUMBER_MAX = 64;
    static final int TEXT_MAX = 20_000;
    /** numeric(6, 2) in the database. */
    static final BigDecimal POINTS_MAX = new BigDecimal("9999.99");

    private CampaignRules() {
    }

    static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.NotNull.message"));
        }
    }

    static void requiredText(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.NotBlank.message"));
        } else {
            optionalText(field, value, max, problems);
        }
    }

    static void optionalText(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "validation.text.tooLong", max));
        } else {
            Texts.check(field, value, problems);
        }
    }

    /**
     * A number of points: at most two decimals and at most 9999.99; strictly positive for a
     * criterion's maximum, zero allowed for a threshold. Returns whether it is usable.
     */
    static boolean points(String field, BigDecimal value, boolean zeroAllowed, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "jakarta.validation.constraints.NotNull.message"));
            return false;
        }
        int sign = value.signum();
        if (zeroAllowed ? sign < 0 : sign <= 0) {
            problems.add(new FieldProblem(field, zeroAllowed ? "validation.points.notNegative" : "validation.points.positive"));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "validation.points.scale"));
            return false;
        }
        if (value.compareTo(POINTS_MAX) > 0) {
            problems.add(new FieldProblem(field, "validation.points.max"));
            return false;
        }
        return true;
    }

    /** Two decimals exactly, as the database keeps them, so comparisons and audit agree. */
    static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
