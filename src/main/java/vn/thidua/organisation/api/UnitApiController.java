package vn.thidua.organisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;

import java.util.List;

@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    private final UnitService units;

    UnitApiController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    List<UnitResponse> list() {
        return units.findAll().stream().map(UnitResponse::from).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UnitResponse create(@Valid @RequestBody CreateUnitRequest request) {
        return UnitResponse.from(units.create(new UnitService.NewUnit(request.code(), request.name(),
                request.parentId())));
    }

    @GetMapping("/{id}")
    UnitResponse get(@PathVariable Long id) {
        return UnitResponse.from(units.get(id));
    }

    /** Full replacement; {@code active} and {@code headIndividualId} default to their current values. */
    @PutMapping("/{id}")
    UnitResponse update(@PathVariable Long id, @Valid @RequestBody UpdateUnitRequest request) {
        Unit current = units.get(id);
        return UnitResponse.from(units.update(id, new UnitService.UnitChanges(request.code(), request.name(),
                request.parentId(),
                request.active() != null ? request.active() : current.isActive(),
                request.headIndividualId(), request.version())));
    }

    record CreateUnitRequest(@NotBlank String code, @NotBlank String name, Long parentId) {
    }

    record UpdateUnitRequest(@NotBlank String code, @NotBlank String name, Long parentId, Boolean active,
                             Long headIndividualId, @NotNull Long version) {
    }

    record UnitResponse(Long id, String code, String name, Long parentId, boolean active, Long headIndividualId,
                        long version) {
        static UnitResponse from(Unit unit) {
            return new UnitResponse(unit.getId(), unit.getCode(), unit.getName(), unit.getParentId(),
                    unit.isActive(), unit.getHeadIndividualId(), unit.getVersion());
        }
    }
}
