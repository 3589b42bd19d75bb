package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.Texts;

/** A person of the organisation (cá nhân): cadre, civil servant, public employee or worker. */
@Entity
@Table(name = "individual")
public class Individual extends BaseEntity {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** The name folded to plain lower-case letters, for searching without diacritics. */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    private String position;

    private String email;

    @Column(nullable = false)
    private boolean active = true;

    protected Individual() {
    }

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
        this.searchName = Texts.fold(fullName);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
