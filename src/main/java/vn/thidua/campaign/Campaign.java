package vn.thidua.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.thidua.shared.BaseEntity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * An emulation campaign (đợt / phong trào thi đua). Participating units and open titles are kept
 * as ids and codes (no associations to other aggregates); both are read with the campaign, one
 * extra query per list, never one per campaign.
 */
@Entity
@Table(name = "campaign")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Campaign extends BaseEntity {

    @Column(nullable = false, length = 32)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String code;

    @Column(nullable = false, length = 500)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String name;

    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String theme;

    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String purpose;

    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String goals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private CampaignKind kind;

    @Column(name = "start_date", nullable = false)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private LocalDate endDate;

    @Column(name = "registration_deadline", nullable = false)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private LocalDate registrationDeadline;

    @Embedded
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private Thresholds thresholds = Thresholds.DEFAULTS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "decision_number", length = 64)
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private String decisionNumber;

    @Column(name = "decision_date")
    @Getter
    @Setter(AccessLevel.PACKAGE)
    private LocalDate decisionDate;

    /** Empty means every unit takes part. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> participatingUnitIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "campaign_title", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "title_code", nullable = false, length = 16)
    private Set<String> openTitles = new TreeSet<>();

    public Campaign(String code, String name, CampaignKind kind, LocalDate startDate, LocalDate endDate,
                    LocalDate registrationDeadline) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
        this.registrationDeadline = registrationDeadline;
    }

    /** Closed: read only, its ranking frozen. */
    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    /** Everyone takes part when no unit is listed. */
    public boolean isOpenToAllUnits() {
        return participatingUnitIds.isEmpty();
    }

    /** Sorted, read-only. */
    public Set<Long> getParticipatingUnitIds() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(participatingUnitIds));
    }

    /** Touches the collection only when it differs, so an unrelated edit does not rewrite its rows. */
    void setParticipatingUnitIds(Collection<Long> unitIds) {
        if (!participatingUnitIds.equals(new TreeSet<>(unitIds))) {
            participatingUnitIds.clear();
            participatingUnitIds.addAll(unitIds);
        }
    }

    /** Sorted, read-only. */
    public Set<String> getOpenTitles() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(openTitles));
    }

    void setOpenTitles(Collection<String> codes) {
        if (!openTitles.equals(new TreeSet<>(codes))) {
            openTitles.clear();
            openTitles.addAll(codes);
        }
    }
}
