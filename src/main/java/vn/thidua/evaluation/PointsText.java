package vn.thidua.evaluation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Points as people type them: digits with at most one decimal mark, a comma or a point ("12,5",
 * "12.5"). Exponents ("1e3"), thousands separators, words and anything else are not points; the
 * service refuses them naming the criterion and its range.
 */
final class PointsText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private PointsText() {
    }

    /** The points, {@code null} for a blank text; throws {@link NumberFormatException} for anything else. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!NUMBER.matcher(value).matches()) {
            throw new NumberFormatException(value);
        }
        return new BigDecimal(value.replace(',', '.'));
    }
}
