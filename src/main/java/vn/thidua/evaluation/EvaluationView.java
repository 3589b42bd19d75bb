package vn.thidua.evaluation;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.organisation.SubjectType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An evaluation as its readers see it: every criterion that applies to the subject with its self
 * and review points, the review total and classification (and the self ones beside them), the
 * evidence, the history and what the caller may do with it now.
 */
public record EvaluationView(Campaign campaign, SubjectType subjectType, Long subjectId, String subjectCode,
                             String subjectName, Long subjectUnitId, Long id, EvaluationStatus status, long version,
                             Instant submittedAt, Instant finalisedAt, String changedBy, List<Line> lines,
                             Scorecard review, Scorecard self, List<EvidenceItem> evidence, Permissions can) {

    public record Line(Criterion criterion, BigDecimal selfPoints, String selfNote, BigDecimal reviewPoints,
                       String reviewNote) {
    }

    /** What the caller may do now (role, scope, campaign status and evaluation status together). */
    public record Permissions(boolean editSelf, boolean submit, boolean review, boolean finalise, boolean reopen) {
    }

    /** What the page shows as the status: "in review" until every criterion has review points. */
    public EvaluationState state() {
        return EvaluationState.of(status, review);
    }

    public Line line(Long criterionId) {
        return lines.stream().filter(l -> l.criterion().getId().equals(criterionId)).findFirst().orElse(null);
    }
}
