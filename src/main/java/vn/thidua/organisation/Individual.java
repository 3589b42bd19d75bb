package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.Texts;

/** A person of the organisation (cá nhân): cadre, civil servant, public employee or worker. */
@Entity
@Table(name = "individual")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Individual extends BaseEntity {

    @Column(nullable = false, length = 32)
    @Getter
    @Setter
    private String code;

    @Column(name = "full_name", nullable = false)
    @Getter
    private String fullName;

    /** The name folded to plain lower-case letters, for searching without diacritics. */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "unit_id", nullable = false)
    @Getter
    @Setter
    private Long unitId;

    @Getter
    @Setter
    private String position;

    @Getter
    @Setter
    private String email;

    @Column(nullable = false)
    @Getter
    @Setter
    private boolean active = true;

    /** When the person started work (read by the LĐTT rule: employed ≥ 6 months); null when not known. */
    @Column(name = "employed_since")
    @Getter
    @Setter
    private java.time.LocalDate employedSince;

    public Individual(String code, String fullName, Long unitId, String position, String email) {
        this.code = code;
        this.fullName = fullName;
        this.unitId = unitId;
        this.position = position;
        this.email = email;
    }

    @PrePersist
    @PreUpdate
    void foldName() {
        searchName = Texts.fold(fullName);
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
        this.searchName = Texts.fold(fullName);
    }
}
