package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.BaseEntity;

import java.math.BigDecimal;

/** One criterion (tiêu chí) of a campaign, scored 0..maxPoints. */
@Entity
@Table(name = "criterion")
public class Criterion extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "group_name")
    private String group;

    @Column(nullable = false, length = 1000)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CriterionKind kind;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 2)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 16)
    private AppliesTo appliesTo;

    protected Criterion() {
    }

    Criterion(Long campaignId, String code, int position) {
        this.campaignId = campaignId;
        this.code = code;
        this.position = position;
    }

    public boolean appliesTo(SubjectType subject) {
        return appliesTo.includes(subject);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getGroup() {
        return group;
    }

    void setGroup(String group) {
        this.group = group;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public CriterionKind getKind() {
        return kind;
    }

    void setKind(CriterionKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }

    public AppliesTo getAppliesTo() {
        return appliesTo;
    }

    void setAppliesTo(AppliesTo appliesTo) {
        this.appliesTo = appliesTo;
    }
}
