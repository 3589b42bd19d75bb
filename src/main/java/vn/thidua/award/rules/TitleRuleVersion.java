package vn.thidua.award.rules;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a title's rules. Never changed once written, except that the version a newer one
 * replaces gets its end date.
 */
@Entity
@Table(name = "title_rule_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TitleRuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_code", nullable = false, updatable = false)
    private String titleCode;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "ruleVersion", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<TitleRuleClause> clauses = new ArrayList<>();

    public TitleRuleVersion(String titleCode, int version, LocalDate effectiveFrom, String note, String createdBy) {
        this.titleCode = titleCode;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public void addClause(String code, String kind, String paramsJson, String document, String article,
                          String clause, String point, String text, boolean organisationRule) {
        clauses.add(new TitleRuleClause(this, clauses.size() + 1, code, kind, paramsJson, document, article, clause,
                point, text, organisationRule));
    }

    /** A newer version takes over from {@code newFrom}: this one ends the day before. */
    public void endBefore(LocalDate newFrom) {
        this.effectiveTo = newFrom.minusDays(1);
    }
}
