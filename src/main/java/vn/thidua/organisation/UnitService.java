package vn.thidua.organisation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Units: everyone signed in reads the tree; the emulation office (ADMIN) changes it. */
@Service
@Transactional
public class UnitService {

    private final UnitRepository units;
    private final IndividualRepository individuals;
    private final UnitScope scope;
    private final AuditLog audit;

    UnitService(UnitRepository units, IndividualRepository individuals, UnitScope scope, AuditLog audit) {
        this.units = units;
        this.individuals = individuals;
        this.scope = scope;
        this.audit = audit;
    }

    public record NewUnit(String code, String name, Long parentId) {
    }

    public record UnitChanges(String code, String name, Long parentId, boolean active, Long headIndividualId,
                              Long version) {
    }

    /** What the tree shows beside a unit: its head's name (or null) and how many active people it has. */
    public record UnitFacts(String headName, long activePeople) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Unit> findAll() {
        return units.findAllOrdered();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Unit get(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Unit create(NewUnit request) {
        String code = Texts.code(request.code());
        String name = Texts.clean(request.name());
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code("code", code, problems);
        OrganisationRules.name("name", name, problems);
        if (request.parentId() != null) {
            Unit parent = units.findById(request.parentId()).orElse(null);
            if (parent == null) {
                problems.add(new FieldProblem("parentId", "validation.unit.unknown", request.parentId()));
            } else if (!parent.isActive()) {
                problems.add(new FieldProblem("parentId", "validation.unit.inactive", parent.getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (units.existsByCode(code)) {
            throw new ConflictException("unit.code.taken", code);
        }
        Unit unit = units.save(new Unit(code, name, request.parentId()));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("code", code);
        created.put("name", name);
        created.put("parentId", request.parentId());
        audit.record(AuditLog.entry("UNIT", unit.getId(), "CREATED").newValue(created));
        return unit;
    }

    /**
     * Head names and active head-counts for the given units: two queries whatever the number of
     * units (one grouped count, one for the heads).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    @Transactional(readOnly = true)
    public Map<Long, UnitFacts> factsOf(List<Unit> list) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : individuals.countActiveByUnit()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Set<Long> headIds = new HashSet<>();
        list.stream().map(Unit::getHeadIndividualId).filter(Objects::nonNull).forEach(headIds::add);
        Map<Long, String> headNames = new HashMap<>();
        if (!headIds.isEmpty()) {
            individuals.findAllById(headIds).forEach(i -> headNames.put(i.getId(), i.getFullName()));
        }
        Map<Long, UnitFacts> facts = new HashMap<>();
        for (Unit unit : list) {
            facts.put(unit.getId(), new UnitFacts(headNames.get(unit.getHeadIndividualId()),
                    counts.getOrDefault(unit.getId(), 0L)));
        }
        return facts;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Unit update(Long id, UnitChanges request) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        unit.checkVersion(request.version());
        String code = Texts.code(request.code());
        String name = Texts.clean(request.name());
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code("code", code, problems);
        OrganisationRules.name("name", name, problems);
        checkParent(unit, request.parentId(), request.active(), problems);
        checkHead(unit, request.headIndividualId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!code.equals(unit.getCode()) && units.existsByCode(code)) {
            throw new ConflictException("unit.code.taken", code);
        }
        if (unit.isActive() && !request.active()) {
            checkCanDeactivate(unit);
        }
        Changes changes = new Changes()
                .field("code", unit.getCode(), code)
                .field("name", unit.getName(), name)
                .field("parentId", unit.getParentId(), request.parentId())
                .field("active", unit.isActive(), request.active())
                .field("headIndividualId", unit.getHeadIndividualId(), request.headIndividualId());
        unit.setCode(code);
        unit.setName(name);
        unit.setParentId(request.parentId());
        unit.setActive(request.active());
        unit.setHeadIndividualId(request.headIndividualId());
        if (!changes.isEmpty()) {
            audit.record(AuditLog.entry("UNIT", unit.getId(), "UPDATED").changes(changes));
        }
        return unit;
    }

    /**
     * A new parent must exist and lie outside the unit's own subtree; an active unit may not be put
     * (or switched back on) under an inactive parent, the mirror of the deactivation rule.
     */
    private void checkParent(Unit unit, Long parentId, boolean active, List<FieldProblem> problems) {
        boolean parentChanges = !Objects.equals(parentId, unit.getParentId());
        boolean activates = active && !unit.isActive();
        if (parentId == null || (!parentChanges && !activates)) {
            return;
        }
        Unit parent = units.findById(parentId).orElse(null);
        if (parent == null) {
            problems.add(new FieldProblem("parentId", "validation.unit.unknown", parentId));
        } else if (parentChanges && scope.subtree(unit.getId()).contains(parentId)) {
            problems.add(new FieldProblem("parentId", "validation.unit.parentCycle"));
        } else if (active && !parent.isActive()) {
            problems.add(new FieldProblem("parentId", "validation.unit.inactive", parent.getName()));
        }
    }

    private void checkHead(Unit unit, Long headIndividualId, List<FieldProblem> problems) {
        if (headIndividualId == null || Objects.equals(headIndividualId, unit.getHeadIndividualId())) {
            return;
        }
        Individual head = individuals.findById(headIndividualId).orElse(null);
        if (head == null) {
            problems.add(new FieldProblem("headIndividualId", "validation.individual.unknown", headIndividualId));
        } else if (!head.isActive() || !head.getUnitId().equals(unit.getId())) {
            problems.add(new FieldProblem("headIndividualId", "validation.unit.headNotMember", head.getFullName()));
        }
    }

    private void checkCanDeactivate(Unit unit) {
        if (units.existsByParentIdAndActiveTrue(unit.getId())) {
            throw new ConflictException("unit.deactivate.hasSubUnits", unit.getName());
        }
        long members = individuals.countByUnitIdAndActiveTrue(unit.getId());
        if (members > 0) {
            throw new ConflictException("unit.deactivate.hasMembers", unit.getName(), members);
        }
    }
}
