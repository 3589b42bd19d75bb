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
import vn.thidua.organisation.SubjectType;

import java.util.Locale;

/**
 * An emulation title of the catalogue (DESIGN §5), e.g. Lao động tiên tiến. Seeded by the
 * migration; read-only for the application.
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

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private SubjectType subjectType;

    @Column(nullable = false)
    private int position;

    @Column(name = "rule_summary")
    private String ruleSummary;

    /** The name in the reader's language: English for English readers, Vietnamese otherwise. */
    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
