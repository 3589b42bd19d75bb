package vn.thidua.award.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.ColumnTransformer;

/** A clause of a rule version; {@code params} is the JSON object its kind reads. */
@Entity
@Table(name = "title_rule_clause")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TitleRuleClause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_version_id", nullable = false, updatable = false)
    private TitleRuleVersion ruleVersion;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String params;

    @Column(name = "source_document", nullable = false, updatable = false)
    private String sourceDocument;

    @Column(name = "source_article", updatable = false)
    private String sourceArticle;

    @Column(name = "source_clause", updatable = false)
    private String sourceClause;

    @Column(name = "source_point", updatable = false)
    private String sourcePoint;

    @Column(name = "source_text", updatable = false)
    private String sourceText;

    @Column(name = "organisation_rule", nullable = false, updatable = false)
    private boolean organisationRule;

    TitleRuleClause(TitleRuleVersion ruleVersion, int position, String code, String kind, String params,
                    String sourceDocument, String sourceArticle, String sourceClause, String sourcePoint,
                    String sourceText, boolean organisationRule) {
        this.ruleVersion = ruleVersion;
        this.position = position;
        this.code = code;
        this.kind = kind;
        this.params = params;
        this.sourceDocument = sourceDocument;
        this.sourceArticle = sourceArticle;
        this.sourceClause = sourceClause;
        this.sourcePoint = sourcePoint;
        this.sourceText = sourceText;
        this.organisationRule = organisationRule;
    }
}
