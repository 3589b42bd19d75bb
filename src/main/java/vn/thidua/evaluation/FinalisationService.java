package vn.thidua.evaluation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finalising (chốt) a complete, reviewed evaluation, by its reviewer, in SCORING or REVIEW; and the
 * board reopening a finalised one with a reason. FINALISED locks the evaluation.
 */
@Service
@Transactional
public class FinalisationService {

    private final EvaluationCases cases;
    private final EvaluationViews views;
    private final EvaluationScores scores;

    FinalisationService(EvaluationCases cases, EvaluationViews views, EvaluationScores scores) {
        this.cases = cases;
        this.views = views;
        this.scores = scores;
    }

    /** A subject and the version the caller saw, for bulk finalising. */
    public record SubjectVersion(Long subjectId, Long version) {
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationView finalise(Long campaignId, SubjectType type, Long subjectId, Long version) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        finalise(found, version);
        return views.of(found);
    }

    /** Finalises several evaluations at once (the grid's bulk action): all or none. */
    @PreAuthorize("isAuthenticated()")
    public int finaliseAll(Long campaignId, SubjectType type, List<SubjectVersion> subjects) {
        Campaign campaign = subjects.isEmpty() ? null : cases.campaign(campaignId);
        for (SubjectVersion subject : subjects) {
            finalise(cases.open(campaign, type, subject.subjectId()), subject.version());
        }
        return subjects.size();
    }

    private void finalise(EvaluationCase found, Long version) {
        found.checkReviewer();
        EvaluationPhases.check(found.campaign, EvaluationPhases.FINALISE, "evaluation.campaignStatus.finalise");
        Evaluation evaluation = cases.ensure(found);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.REVIEWED) {
            throw new ConflictException("evaluation.finalise.status", found.subject.name(),
                    evaluation.getStatus().label());
        }
        Map<Long, Score> stored = scores.of(evaluation.getId());
        String missing = found.criteria.stream()
                .filter(c -> stored.get(c.getId()) == null || stored.get(c.getId()).reviewPoints() == null)
                .map(Criterion::getCode).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ConflictException("evaluation.finalise.incomplete", found.subject.name(), missing);
        }
        cases.changeStatus(found, EvaluationStatus.FINALISED, "FINALISED", null);
    }

    /** The board opens a finalised evaluation again, with a reason; it goes back to REVIEWED. */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView reopen(Long campaignId, SubjectType type, Long subjectId, Long version, String reason) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        if (!found.rights.asBoard()) {
            throw new AccessDeniedException("only the board reopens evaluations");
        }
        EvaluationPhases.check(found.campaign, EvaluationPhases.FINALISE, "evaluation.campaignStatus.reopen");
        Evaluation evaluation = cases.ensure(found);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.FINALISED) {
            throw new ConflictException("evaluation.reopen.status", evaluation.getStatus().label());
        }
        String cleanReason = ScoreValidation.reason(reason);
        if (cleanReason == null) {
            throw new InvalidInputException("reason", "evaluation.reopen.reasonRequired");
        }
        cases.changeStatus(found, EvaluationStatus.REVIEWED, "REOPENED", cleanReason);
        return views.of(found);
    }
}
