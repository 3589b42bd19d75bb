package vn.thidua.pledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.BaseEntity;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pledge (bản đăng ký thi đua) of one subject, an individual or a unit, in one campaign: the
 * title it aims for, one commitment per applicable criterion (keyed by criterion id) and free-text
 * extra commitments. The campaign and the subject are referenced by id.
 */
@Entity
@Table(name = "pledge")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Pledge extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    @Getter
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    @Getter
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    @Getter
    private Long subjectId;

    @Column(name = "target_title", length = 16)
    @Getter
    private String targetTitle;

    @Column(name = "extra_commitments")
    @Getter
    private String extraCommitments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @Getter
    private PledgeStatus status = PledgeStatus.DRAFT;

    @Column(name = "return_reason", length = 1000)
    @Getter
    private String returnReason;

    @Column(name = "submitted_at")
    @Getter
    private Instant submittedAt;

    @Column(name = "decided_at")
    @Getter
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    @Getter
    private String decidedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pledge_commitment", joinColumns = @JoinColumn(name = "pledge_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "text", nullable = false)
    private Map<Long, String> commitments = new TreeMap<>();

    public Pledge(Long campaignId, SubjectType subjectType, Long subjectId) {
        this.campaignId = campaignId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    /** Replaces what is pledged; touches the commitments only where they differ. */
    public void pledge(String targetTitle, Map<Long, String> commitments, String extraCommitments) {
        this.targetTitle = targetTitle;
        this.extraCommitments = extraCommitments;
        this.commitments.keySet().retainAll(commitments.keySet());
        commitments.forEach((criterionId, text) -> {
            if (!text.equals(this.commitments.get(criterionId))) {
                this.commitments.put(criterionId, text);
            }
        });
    }

    public void submit(Instant at) {
        status = PledgeStatus.SUBMITTED;
        submittedAt = at;
    }

    /** Back from SUBMITTED to DRAFT by the subject, before anyone decided: it was never handed in. */
    public void withdraw() {
        status = PledgeStatus.DRAFT;
        submittedAt = null;
    }

    public void approve(String by, Instant at) {
        status = PledgeStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
    }

    /** Back to the subject; the reason stays visible to them until the next decision. */
    public void returnForRevision(String reason, String by, Instant at) {
        status = PledgeStatus.RETURNED;
        returnReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    /** For historical (demo) data written without the service's rules. */
    public void restore(PledgeStatus status, Instant submittedAt, String returnReason, String decidedBy,
                        Instant decidedAt) {
        this.status = status;
        this.submittedAt = submittedAt;
        this.returnReason = returnReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Criterion id → commitment text, sorted by id, read-only. */
    public Map<Long, String> getCommitments() {
        return Collections.unmodifiableMap(new TreeMap<>(commitments));
    }
}
