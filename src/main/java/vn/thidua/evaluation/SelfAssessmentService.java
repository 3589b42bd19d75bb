package vn.thidua.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationScores.Points;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.evaluation.EvaluationTrail.Event;
import vn.thidua.evaluation.ScoreValidation.Valid;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The subject assesses itself (tự chấm): a person themself, a head their unit; in IN_PROGRESS and
 * SCORING while the evaluation is OPEN, then hands it in. Every changed score is audited.
 */
@Service
@Transactional
public class SelfAssessmentService {

    private final EvaluationCases cases;
    private final EvaluationViews views;
    private final EvaluationScores scores;
    private final EvaluationTrail trail;
    private final Counter saved;

    SelfAssessmentService(EvaluationCases cases, EvaluationViews views, EvaluationScores scores,
                          EvaluationTrail trail, MeterRegistry metrics) {
        this.cases = cases;
        this.views = views;
        this.scores = scores;
        this.trail = trail;
        this.saved = ScoreMetrics.saved(metrics, "self");
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationView save(Long campaignId, SubjectType type, Long subjectId, Long version,
                               List<ScoreInput> inputs) {
        EvaluationCase found = openForSelf(campaignId, type, subjectId, version, "evaluation.locked.self");
        List<Valid> valid = ScoreValidation.validate(found, inputs, "scores");
        Map<Long, Score> stored = scores.of(found.evaluationId());
        List<Points> changed = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Valid v : valid) {
            Score old = stored.get(v.criterion().getId());
            BigDecimal oldPoints = old == null ? null : old.selfPoints();
            String oldNote = old == null ? null : old.selfNote();
            boolean noteChanged = !Objects.equals(oldNote, v.note());
            if (!ScoreValidation.samePoints(oldPoints, v.points()) || noteChanged) {
                changed.add(new Points(v.criterion().getId(), v.points(), v.note()));
                events.add(new Event("SELF_SCORED", ScoreValidation.describe(v.criterion(), oldPoints, oldNote,
                        noteChanged), ScoreValidation.describe(v.criterion(), v.points(), v.note(), noteChanged)));
            }
        }
        if (!changed.isEmpty()) {
            cases.save(found);
            scores.saveSelf(found.evaluationId(), changed);
            trail.record(found.evaluationId(), campaignId, null, events);
            saved.increment(changed.size());
        }
        return views.of(found);
    }

    /** Hands in the self-assessment: every applicable criterion must have self points. */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView submit(Long campaignId, SubjectType type, Long subjectId, Long version) {
        EvaluationCase found = openForSelf(campaignId, type, subjectId, version, "evaluation.submit.status");
        Map<Long, Score> stored = scores.of(found.evaluationId());
        String missing = found.criteria.stream()
                .filter(c -> stored.get(c.getId()) == null || stored.get(c.getId()).selfPoints() == null)
                .map(Criterion::getCode).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ConflictException("evaluation.submit.incomplete", missing);
        }
        cases.changeStatus(found, EvaluationStatus.SUBMITTED, "SUBMITTED", null);
        return views.of(found);
    }

    /** The subject itself, in the self-assessment window, on an OPEN evaluation at the version it saw. */
    private EvaluationCase openForSelf(Long campaignId, SubjectType type, Long subjectId, Long version,
                                       String lockedKey) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        found.rights.checkSubject();
        EvaluationPhases.check(found.campaign, EvaluationPhases.SELF, "evaluation.campaignStatus.self");
        Evaluation evaluation = cases.ensure(found);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException(lockedKey, evaluation.getStatus().label());
        }
        return found;
    }
}
