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
public class Pledge extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "target_title", length = 16)
    private String targetTitle;

    @Column(name = "extra_commitments")
    private String extraCommitments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PledgeStatus status = PledgeStatus.DRAFT;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pledge_commitment", joinColumns = @JoinColumn(name = "pledge_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "text", nullable = false)
    private Map<Long, String> commitments = new TreeMap<>();

    protected Pledge() {
    }

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

    public Long getCampaignId() {
        return campaignId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTargetTitle() {
        return targetTitle;
    }

    public String getExtraCommitments() {
        return extraCommitments;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** Criterion id → commitment text, sorted by id, read-only. */
    public Map<Long, String> getCommitments() {
        return Collections.unmodifiableMap(new TreeMap<>(commitments));
    }
}
