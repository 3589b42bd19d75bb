package vn.thidua.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationTrail.Event;
import vn.thidua.organisation.SubjectType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes historical evaluations for the demo data: the scores and the status a campaign of 2020
 * ended with, and their audit trail under the names of the people who would have written them.
 * It bypasses the service's guards (dates, status, who is signed in) on purpose and is for the
 * emulation office only (ADMIN), i.e. the demo loader.
 */
@Component
public class EvaluationSeeding {

    private final JdbcClient jdbc;
    private final EvaluationScores scores;
    private final EvaluationTrail trail;

    EvaluationSeeding(JdbcClient jdbc, EvaluationScores scores, EvaluationTrail trail) {
        this.jdbc = jdbc;
        this.scores = scores;
        this.trail = trail;
    }

    /** One subject's evaluation as it stands; {@code review} empty for one not reviewed yet. */
    public record Seed(SubjectType type, Long subjectId, EvaluationStatus status, Map<Criterion, BigDecimal> self,
                       Map<Criterion, String> selfNotes, Map<Criterion, BigDecimal> review, String selfActor,
                       String reviewActor) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(Long campaignId, Seed seed) {
        int steps = (seed.self().isEmpty() ? 0 : 1) + (seed.status() == EvaluationStatus.OPEN ? 0 : 1)
                + (seed.review().isEmpty() ? 0 : 1) + (seed.status() == EvaluationStatus.FINALISED ? 1 : 0);
        String lastActor = seed.review().isEmpty() ? seed.selfActor() : seed.reviewActor();
        Long id = jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id, status, submitted_at, reviewed_at,
                                                finalised_at, changed_at, changed_by, version)
                        values (:campaign, :type, :subject, :status,
                                case when :submitted then now() end, case when :reviewed then now() end,
                                case when :finalised then now() end, now(), :by, :version)
                        returning id""")
                .param("campaign", campaignId).param("type", seed.type().name()).param("subject", seed.subjectId())
                .param("status", seed.status().name())
                .param("submitted", seed.status() != EvaluationStatus.OPEN && !seed.self().isEmpty())
                .param("reviewed", !seed.review().isEmpty())
                .param("finalised", seed.status() == EvaluationStatus.FINALISED)
                .param("by", lastActor).param("version", (long) steps)
                .query(Long.class).single();
        if (!seed.self().isEmpty()) {
            List<EvaluationScores.Points> points = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            seed.self().forEach((criterion, value) -> {
                String note = seed.selfNotes().get(criterion);
                points.add(new EvaluationScores.Points(criterion.getId(), value, note));
                events.add(new Event("SELF_SCORED", ScoreValidation.describe(criterion, null, null, false),
                        ScoreValidation.describe(criterion, value, note, note != null)));
            });
            scores.saveSelf(id, points);
            if (seed.status() != EvaluationStatus.OPEN) {
                events.add(new Event("SUBMITTED", "OPEN", "SUBMITTED"));
            }
            trail.record(id, campaignId, null, events, seed.selfActor());
        }
        if (!seed.review().isEmpty()) {
            List<EvaluationScores.Points> points = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            seed.review().forEach((criterion, value) -> {
                points.add(new EvaluationScores.Points(criterion.getId(), value, null));
                events.add(new Event("REVIEW_SCORED", ScoreValidation.describe(criterion, null, null, false),
                        ScoreValidation.describe(criterion, value, null, false)));
            });
            scores.saveReview(id, points);
            events.add(new Event("STATUS_CHANGED", seed.self().isEmpty() ? "OPEN" : "SUBMITTED", "REVIEWED"));
            if (seed.status() == EvaluationStatus.FINALISED) {
                events.add(new Event("FINALISED", "REVIEWED", "FINALISED"));
            }
            trail.record(id, campaignId, null, events, seed.reviewActor());
        }
    }
}
