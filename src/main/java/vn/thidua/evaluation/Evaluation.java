package vn.thidua.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.BaseEntity;

import java.time.Instant;

/**
 * The evaluation of one subject in one campaign: its status and version. The scores and the
 * evidence belong to it but are read and written in bulk with SQL ({@link EvaluationScores},
 * {@link EvidenceStore}), so that saving twelve criteria costs the same as saving one. Every save
 * stamps {@code changedAt}/{@code changedBy}, which increments the version: two people saving
 * different cells of the same evaluation from the same version conflict, never overwrite.
 */
@Entity
@Table(name = "evaluation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Evaluation extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationStatus status = EvaluationStatus.OPEN;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    /** Marks a save by this person now; this alone increments the version at flush. */
    void touch(String who) {
        changedAt = Instant.now();
        changedBy = who;
    }

    void setStatus(EvaluationStatus status) {
        Instant now = Instant.now();
        switch (status) {
            case SUBMITTED -> submittedAt = now;
            case REVIEWED -> reviewedAt = reviewedAt == null ? now : reviewedAt;
            case FINALISED -> finalisedAt = now;
            default -> { }
        }
        if (status != EvaluationStatus.FINALISED) {
            finalisedAt = null;
        }
        this.status = status;
    }
}
