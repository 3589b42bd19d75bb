package vn.thidua.ranking;

import vn.thidua.evaluation.Classification;
import vn.thidua.evaluation.EvaluationStatus;

import java.math.BigDecimal;

/**
 * One row of a ranking, or of a campaign's participants: a person (with their unit) or a unit (with
 * its parent unit as {@code unit…} and its members). {@code rank}, {@code position}, {@code total} and
 * {@code classification} are null for a participant without a review. {@code targetTitle} is the title
 * code of the subject's registered (submitted or approved) pledge, or null.
 */
public record RankedSubject(long subjectId, String code, String name, Long unitId, String unitCode, String unitName,
                            String pledgeStatus, String targetTitle, EvaluationStatus evaluationStatus, BigDecimal total,
                            boolean complete, Classification classification, Integer rank, Integer unitRank,
                            Integer position, Integer members, Integer membersScored) {

    public boolean ranked() {
        return rank != null;
    }

    /** The evaluation is finalised (the ranking shows it as final). */
    public boolean isFinal() {
        return evaluationStatus == EvaluationStatus.FINALISED;
    }
}
