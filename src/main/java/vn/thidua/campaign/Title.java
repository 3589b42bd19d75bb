package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import java.util.Locale;

/**
 * An emulation title (danh hiệu thi đua) or form of commendation (hình thức khen thưởng) of the
 * catalogue (DESIGN §5), e.g. Lao động tiên tiến. Seeded by the migrations; read-only for the application.
 */
@Entity
@Immutable
@Table(name = "title")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Title {

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Whom it is awarded to: individuals, collectives, or both (Giấy khen). */
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private AppliesTo subjectType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TitleKind kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "rule_summary")
    private String ruleSummary;

    /** The name in the reader's language: English for English readers, Vietnamese otherwise. */
    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
