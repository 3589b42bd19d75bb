package vn.thidua.evaluation;

import java.math.BigDecimal;

/**
 * Points and note for one criterion, from a form or a request ({@code points} null clears it).
 * {@code unreadable} is what was sent instead of points when it was not a number ("abc", "1e3"):
 * refused by the validation naming the criterion and its range.
 */
public record ScoreInput(Long criterionId, BigDecimal points, String note, String unreadable) {

    public ScoreInput(Long criterionId, BigDecimal points, String note) {
        this(criterionId, points, note, null);
    }

    /** From typed text: digits with a decimal comma or point; blank clears. */
    public static ScoreInput typed(Long criterionId, String points, String note) {
        try {
            return new ScoreInput(criterionId, PointsText.parse(points), note, null);
        } catch (NumberFormatException e) {
            return new ScoreInput(criterionId, null, note, points.strip());
        }
    }
}
