package vn.thidua.organisation.web;

import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualService;

/**
 * What the individual form edits. No Bean Validation here: the service applies
 * {@code OrganisationRules} (the same rules as the API and the import) and reports every bad field
 * at once, which the controller puts next to the fields.
 */
public class IndividualForm {

    private String code;

    private String fullName;

    private Long unitId;

    private String position;

    private String email;

    private boolean active = true;

    private Long version;

    static IndividualForm of(Individual individual) {
        IndividualForm form = new IndividualForm();
        form.code = individual.getCode();
        form.fullName = individual.getFullName();
        form.unitId = individual.getUnitId();
        form.position = individual.getPosition();
        form.email = individual.getEmail();
        form.active = individual.isActive();
        form.version = individual.getVersion();
        return form;
    }

    IndividualService.IndividualData toData() {
        return new IndividualService.IndividualData(code, fullName, unitId, position, email);
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
