package vn.thidua.evaluation;

/**
 * The state a page shows for an evaluation: its stored {@link EvaluationStatus}, except that a
 * REVIEWED one whose review is not yet complete reads "in review" (derived, not stored: the first
 * review score makes it REVIEWED, DESIGN §3).
 */
public enum EvaluationState {
    OPEN, SUBMITTED, IN_REVIEW, REVIEWED, FINALISED;

    public static EvaluationState of(EvaluationStatus status, Scorecard review) {
        if (status == EvaluationStatus.REVIEWED && !review.complete()) {
            return IN_REVIEW;
        }
        return valueOf(status.name());
    }
}
