package vn.thidua.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;

/** What the unit form edits; separate from the entity so the page cannot set anything else. */
@Getter
@Setter
public class UnitForm {

    @NotBlank
    @Size(max = 32)
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    private Long parentId;

    private Long headIndividualId;

    private boolean active = true;

    private Long version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.parentId = unit.getParentId();
        form.headIndividualId = unit.getHeadIndividualId();
        form.active = unit.isActive();
        form.version = unit.getVersion();
        return form;
    }

    UnitService.NewUnit toNewUnit() {
        return new UnitService.NewUnit(code, name, parentId);
    }

    UnitService.UnitChanges toChanges() {
        return new UnitService.UnitChanges(code, name, parentId, active, headIndividualId, version);
    }
}
