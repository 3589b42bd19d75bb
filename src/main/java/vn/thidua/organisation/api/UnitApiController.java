package vn.thidua.organisation.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import vn.thidua.organisation.OrganisationAccounts;
import vn.thidua.organisation.OrganisationAccounts.NewAccounts;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;

import java.util.List;

/**
 * Units. The request bodies carry no Bean Validation on purpose: the service checks the caller
 * first (403 for anyone but ADMIN, whatever the body) and then every field with the same rules
 * as the pages and the import (400 with {@code errors[{field, message}]}).
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    private final UnitService units;
    private final OrganisationAccounts accounts;

    UnitApiController(UnitService units, OrganisationAccounts accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    @Operation(summary = "Create accounts for everyone of the unit (and its sub-units) without one",
            description = "ADMIN only. Each active individual without an account gets one: username = employee code, "
                    + "roles STAFF (plus UNIT_HEAD for the head of an active unit), a one-time initial password that "
                    + "must be changed at the first sign-in. Existing accounts are untouched; a code whose username "
                    + "another account has is listed in usernamesTaken, not overwritten. The passwords are shown "
                    + "only in this answer.")
    @PostMapping("/{id}/accounts")
    UnitAccountsResponse createAccounts(@PathVariable Long id) {
        NewAccounts made = accounts.forUnit(id, false);
        return new UnitAccountsResponse(made.created(), made.usernamesTaken(), made.usernamesInvalid(),
                NewAccountResponse.of(made.issued()));
    }

    @GetMapping
    List<UnitResponse> list() {
        return units.findAll().stream().map(UnitResponse::from).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UnitResponse create(@RequestBody CreateUnitRequest request) {
        return UnitResponse.from(units.create(new UnitService.NewUnit(request.code(), request.name(),
                request.parentId())));
    }

    @GetMapping("/{id}")
    UnitResponse get(@PathVariable Long id) {
        return UnitResponse.from(units.get(id));
    }

    /**
     * Full replacement of code, name and parent; {@code active} and {@code headIndividualId} keep
     * their current values when left out ({@code "headIndividualId": null} removes the head).
     */
    @PutMapping("/{id}")
    UnitResponse update(@PathVariable Long id, @RequestBody UpdateUnitRequest request) {
        Unit current = units.get(id);
        return UnitResponse.from(units.update(id, new UnitService.UnitChanges(request.getCode(), request.getName(),
                request.getParentId(),
                request.getActive() != null ? request.getActive() : current.isActive(),
                request.headGiven() ? request.getHeadIndividualId() : current.getHeadIndividualId(),
                request.getVersion())));
    }

    record CreateUnitRequest(String code, String name, Long parentId) {
    }

    /** A class, not a record, so that a left-out {@code headIndividualId} can be told from an explicit null. */
    static final class UpdateUnitRequest {
        private String code;
        private String name;
        private Long parentId;
        private Boolean active;
        private Long headIndividualId;
        private boolean headGiven;
        private Long version;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }

        public Boolean getActive() {
            return active;
        }

        public void setActive(Boolean active) {
            this.active = active;
        }

        public Long getHeadIndividualId() {
            return headIndividualId;
        }

        public void setHeadIndividualId(Long headIndividualId) {
            this.headIndividualId = headIndividualId;
            this.headGiven = true;
        }

        boolean headGiven() {
            return headGiven;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    record UnitResponse(Long id, String code, String name, Long parentId, boolean active, Long headIndividualId,
                        long version) {
        static UnitResponse from(Unit unit) {
            return new UnitResponse(unit.getId(), unit.getCode(), unit.getName(), unit.getParentId(),
                    unit.isActive(), unit.getHeadIndividualId(), unit.getVersion());
        }
    }
}
