package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.BaseEntity;

import java.math.BigDecimal;

/** One criterion (tiêu chí) of a campaign, scored 0..maxPoints. */
@Entity
@Table(name = "criterion")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Criterion extends BaseEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(nullable = false, length = 32)
    @Setter(AccessLevel.PACKAGE)
    private String code;

    @Column(nullable = false)
    @Setter(AccessLevel.PACKAGE)
    private int position;

    @Column(name = "group_name")
    @Setter(AccessLevel.PACKAGE)
    private String group;

    @Column(nullable = false, length = 1000)
    @Setter(AccessLevel.PACKAGE)
    private String title;

    @Setter(AccessLevel.PACKAGE)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @Setter(AccessLevel.PACKAGE)
    private CriterionKind kind;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 2)
    @Setter(AccessLevel.PACKAGE)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 16)
    @Setter(AccessLevel.PACKAGE)
    private AppliesTo appliesTo;

    Criterion(Long campaignId, String code, int position) {
        this.campaignId = campaignId;
        this.code = code;
        this.position = position;
    }

    public boolean appliesTo(SubjectType subject) {
        return appliesTo.includes(subject);
    }
}
