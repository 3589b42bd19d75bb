package vn.thidua.evaluation;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationScores.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An {@link EvaluationCase} as its readers see it, with what the caller may do now. */
@Component
class EvaluationViews {

    private final EvaluationScores scores;
    private final EvidenceStore evidence;

    EvaluationViews(EvaluationScores scores, EvidenceStore evidence) {
        this.scores = scores;
        this.evidence = evidence;
    }

    EvaluationView of(EvaluationCase found) {
        Evaluation e = found.evaluation;
        Map<Long, Score> stored = scores.of(found.evaluationId());
        List<EvaluationView.Line> lines = new ArrayList<>();
        List<Scorecard.Line> review = new ArrayList<>();
        List<Scorecard.Line> self = new ArrayList<>();
        for (Criterion c : found.criteria) {
            Score s = stored.get(c.getId());
            lines.add(new EvaluationView.Line(c, s == null ? null : s.selfPoints(), s == null ? null : s.selfNote(),
                    s == null ? null : s.reviewPoints(), s == null ? null : s.reviewNote()));
            review.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.reviewPoints()));
            self.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.selfPoints()));
        }
        Scorecard reviewCard = Scorecard.of(found.type(), review, found.campaign.getThresholds());
        return new EvaluationView(found.campaign, found.type(), found.subject.id(), found.subject.code(),
                found.subject.name(), found.subject.unitId(), found.evaluationId(), found.status(),
                e == null ? 0 : e.getVersion(), e == null ? null : e.getSubmittedAt(),
                e == null ? null : e.getFinalisedAt(), e == null ? null : e.getChangedBy(), lines, reviewCard,
                Scorecard.of(found.type(), self, found.campaign.getThresholds()), evidence.of(found.evaluationId()),
                permissions(found, reviewCard));
    }

    /** Role, scope, campaign status and evaluation status together. */
    private static EvaluationView.Permissions permissions(EvaluationCase found, Scorecard reviewCard) {
        EvaluationStatus status = found.status();
        boolean selfOpen = found.rights.isSubject() && EvaluationPhases.SELF.contains(found.campaign.getStatus())
                && status == EvaluationStatus.OPEN;
        boolean reviewer = found.rights.mayDecide();
        boolean finalising = EvaluationPhases.finalisingOpen(found.campaign);
        return new EvaluationView.Permissions(selfOpen, selfOpen,
                reviewer && EvaluationPhases.reviewOpen(found.campaign, found.type())
                        && status != EvaluationStatus.FINALISED,
                reviewer && finalising && status == EvaluationStatus.REVIEWED && reviewCard.complete(),
                found.rights.asBoard() && finalising && status == EvaluationStatus.FINALISED);
    }
}
