package vn.thidua.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationScores.Points;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.evaluation.EvaluationTrail.Event;
import vn.thidua.evaluation.ScoreValidation.Valid;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Review scoring (điểm thẩm định): a head above the person, or the board for a unit, saves review
 * points in the campaign's review window. The evaluation becomes REVIEWED with its first review
 * score; a FINALISED one is read-only; changing a score that was already set needs a reason. Every
 * change is audited.
 */
@Service
@Transactional
public class ReviewService {

    private final EvaluationCases cases;
    private final EvaluationViews views;
    private final EvaluationScores scores;
    private final EvaluationTrail trail;
    private final ReviewGridQueries grids;
    private final Counter saved;

    ReviewService(EvaluationCases cases, EvaluationViews views, EvaluationScores scores, EvaluationTrail trail,
                  ReviewGridQueries grids, MeterRegistry metrics) {
        this.cases = cases;
        this.views = views;
        this.scores = scores;
        this.trail = trail;
        this.grids = grids;
        this.saved = ScoreMetrics.saved(metrics, "review");
    }

    /** Review points and notes of some criteria (the API). */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView save(Long campaignId, SubjectType type, Long subjectId, Long version,
                               List<ScoreInput> inputs, String reason) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        review(found, version, inputs, reason, false);
        return views.of(found);
    }

    /**
     * One cell of the review grid: the points of one criterion as typed (blank clears them), its
     * review note kept. Answers the grid's row as it stands after the save, built from what the
     * save read and wrote (one trip: no second read). The subject must be a row of the caller's
     * grid (403 otherwise), as when the grid is shown.
     */
    @PreAuthorize("isAuthenticated()")
    public ReviewGrid saveCell(Long campaignId, SubjectType type, Long subjectId, Long version, Long criterionId,
                               String points, String reason) {
        Campaign campaign = grids.campaign(campaignId);
        if (!grids.reviews(campaign, type, subjectId)) {
            throw new AccessDeniedException("the caller does not review this subject");
        }
        EvaluationCase found = cases.open(campaign, type, subjectId);
        Map<Long, Score> stored = review(found, version, List.of(ScoreInput.typed(criterionId, points, null)), reason,
                true);
        return grids.rowOf(found, stored);
    }

    /** A cell (or a whole row when {@code criterionCode} is null) whose self-score was not taken, and why. */
    public record Refusal(String subjectName, String criterionCode, String messageKey, Object... arguments) {
    }

    /** What "take the self-scores" did: how many cells got review points, which were refused. */
    public record TakenSelfScores(int rows, int cells, List<Refusal> refused) {
    }

    /**
     * "Take the self-scores" for some rows of the caller's grid (each with the version the grid
     * showed): every criterion with self points and no review points gets the self points as its
     * review points, one audited change per cell, as if typed in the grid. A cell whose self points
     * the review refuses, and a row that is finalised or was changed since the grid was shown, are
     * left as they are and named; the other rows and cells are taken. Review points already given
     * are kept (changing them needs a reason, typed in the grid); with {@code onlyUnreviewed}, a row
     * that has any review points is left alone.
     */
    @PreAuthorize("isAuthenticated()")
    public TakenSelfScores takeSelfScores(Long campaignId, SubjectType type, List<FinalisationService.SubjectVersion> rows,
                                          boolean onlyUnreviewed) {
        Campaign campaign = grids.campaign(campaignId);
        EvaluationPhases.check(campaign, EvaluationPhases.review(type), "evaluation.campaignStatus.review");
        int taken = 0;
        int cells = 0;
        List<Refusal> refused = new ArrayList<>();
        for (FinalisationService.SubjectVersion row : rows) {
            if (!grids.reviews(campaign, type, row.subjectId())) {
                throw new AccessDeniedException("the caller does not review this subject");
            }
            EvaluationCase found = cases.open(campaign, type, row.subjectId());
            found.checkReviewer();
            String name = found.subject.name();
            Evaluation evaluation = found.evaluation;
            if (evaluation == null) {
                refused.add(new Refusal(name, null, "evaluation.takeSelf.noSelf"));
                continue;
            }
            if (evaluation.getStatus() == EvaluationStatus.FINALISED) {
                refused.add(new Refusal(name, null, "evaluation.takeSelf.finalised"));
                continue;
            }
            if (row.version() == null || evaluation.getVersion() != row.version()) {
                refused.add(new Refusal(name, null, "evaluation.takeSelf.stale"));
                continue;
            }
            Map<Long, Score> stored = scores.of(evaluation.getId());
            if (onlyUnreviewed && stored.values().stream().anyMatch(sc -> sc.reviewPoints() != null)) {
                continue; // reviewed since the grid was shown: its reviewer goes on cell by cell
            }
            List<ScoreInput> inputs = new ArrayList<>();
            for (Criterion criterion : found.criteria) {
                Score score = stored.get(criterion.getId());
                if (score == null || score.selfPoints() == null || score.reviewPoints() != null) {
                    continue;
                }
                ScoreInput input = new ScoreInput(criterion.getId(), score.selfPoints(), null);
                try {
                    ScoreValidation.validate(found, List.of(input), "scores");
                    inputs.add(input);
                } catch (InvalidInputException e) {
                    InvalidInputException.FieldProblem problem = e.getProblems().get(0);
                    refused.add(new Refusal(name, criterion.getCode(), problem.messageKey(), problem.arguments()));
                }
            }
            if (inputs.isEmpty()) {
                if (stored.values().stream().noneMatch(sc -> sc.selfPoints() != null)) {
                    refused.add(new Refusal(name, null, "evaluation.takeSelf.noSelf"));
                }
                continue;
            }
            review(found, row.version(), inputs, null, true, stored);
            taken++;
            cells += inputs.size();
        }
        return new TakenSelfScores(taken, cells, refused);
    }

    /** Saves the review; returns the evaluation's scores as they now stand. */
    private Map<Long, Score> review(EvaluationCase found, Long version, List<ScoreInput> inputs, String reason,
                                    boolean keepNotes) {
        return review(found, version, inputs, reason, keepNotes, null);
    }

    /** As above, with the evaluation's scores already read in this transaction ({@code null}: read them). */
    private Map<Long, Score> review(EvaluationCase found, Long version, List<ScoreInput> inputs, String reason,
                                    boolean keepNotes, Map<Long, Score> read) {
        found.checkReviewer();
        EvaluationPhases.check(found.campaign, EvaluationPhases.review(found.type()), "evaluation.campaignStatus.review");
        boolean created = found.evaluation == null;
        Evaluation evaluation = cases.ensure(found);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() == EvaluationStatus.FINALISED) {
            throw new ConflictException("evaluation.locked.finalised", evaluation.getStatus().label());
        }
        List<Valid> valid = ScoreValidation.validate(found, inputs, "scores");
        String cleanReason = ScoreValidation.reason(reason);
        Map<Long, Score> stored = created ? new HashMap<>() : read != null ? new HashMap<>(read) : scores.of(evaluation.getId());
        List<Points> changed = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> changedSetScores = new ArrayList<>();
        boolean anyReview = stored.values().stream().anyMatch(s -> s.reviewPoints() != null);
        for (Valid given : valid) {
            Score old = stored.get(given.criterion().getId());
            BigDecimal oldPoints = old == null ? null : old.reviewPoints();
            String oldNote = old == null ? null : old.reviewNote();
            Valid v = keepNotes ? new Valid(given.criterion(), given.points(), oldNote) : given;
            boolean pointsChanged = !ScoreValidation.samePoints(oldPoints, v.points());
            boolean noteChanged = !Objects.equals(oldNote, v.note());
            if (pointsChanged || noteChanged) {
                if (pointsChanged && oldPoints != null) {
                    changedSetScores.add(v.criterion().getCode());
                }
                changed.add(new Points(v.criterion().getId(), v.points(), v.note()));
                events.add(new Event("REVIEW_SCORED", ScoreValidation.describe(v.criterion(), oldPoints, oldNote,
                        noteChanged), ScoreValidation.describe(v.criterion(), v.points(), v.note(), noteChanged)));
                stored.put(v.criterion().getId(), new Score(v.criterion().getId(),
                        old == null ? null : old.selfPoints(), old == null ? null : old.selfNote(), v.points(), v.note()));
            }
            anyReview |= v.points() != null;
        }
        if (changed.isEmpty()) {
            return stored;
        }
        EvaluationStatus before = evaluation.getStatus();
        if (anyReview && before != EvaluationStatus.REVIEWED) {
            evaluation.setStatus(EvaluationStatus.REVIEWED);
            events.add(new Event("STATUS_CHANGED", before.name(), EvaluationStatus.REVIEWED.name()));
        }
        // the version is checked against the database before the reason rule: someone who saved the same
        // cell a moment earlier makes this save stale (409), not a change that needs a reason (400)
        cases.save(found);
        if (!changedSetScores.isEmpty() && cleanReason == null) {
            throw new InvalidInputException("reason", "evaluation.reason.required", String.join(", ", changedSetScores));
        }
        scores.saveReview(evaluation.getId(), changed);
        trail.record(evaluation.getId(), found.campaign.getId(), cleanReason, events);
        saved.increment(changed.size());
        return stored;
    }
}
