package vn.thidua.organisation.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualService;

/**
 * What the individual form edits. No Bean Validation here: the service applies
 * {@code OrganisationRules} (the same rules as the API and the import) and reports every bad field
 * at once, which the controller puts next to the fields.
 */
@Getter
@Setter
public class IndividualForm {

    private String code;

    private String fullName;

    private Long unitId;

    private String position;

    private String email;

    @org.springframework.format.annotation.DateTimeFormat(pattern = "dd/MM/yyyy")
    private java.time.LocalDate employedSince;

    private boolean active = true;

    private Long version;

    static IndividualForm of(Individual individual) {
        IndividualForm form = new IndividualForm();
        form.code = individual.getCode();
        form.fullName = individual.getFullName();
        form.unitId = individual.getUnitId();
        form.position = individual.getPosition();
        form.email = individual.getEmail();
        form.employedSince = individual.getEmployedSince();
        form.active = individual.isActive();
        form.version = individual.getVersion();
        return form;
    }

    IndividualService.IndividualData toData() {
        return new IndividualService.IndividualData(code, fullName, unitId, position, email, employedSince);
    }
}
