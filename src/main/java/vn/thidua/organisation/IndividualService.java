package vn.thidua.organisation;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.security.AccountRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Individuals: ADMIN and BOARD read everyone, a unit head the people of the units they head,
 * staff themselves. Only ADMIN changes them.
 */
@Service
@Transactional
public class IndividualService {

    /** Vietnamese name order (the full_name column has the ICU Vietnamese collation), then id. */
    public static final Sort BY_NAME = Sort.by("fullName", "id");

    private final IndividualRepository individuals;
    private final UnitRepository units;
    private final UnitScope scope;
    private final AuditLog audit;
    private final AccountRepository accounts;

    IndividualService(IndividualRepository individuals, UnitRepository units, UnitScope scope, AuditLog audit,
                      AccountRepository accounts) {
        this.individuals = individuals;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.accounts = accounts;
    }

    public record Search(Long unitId, String query, Boolean active) {
    }

    /** {@code employedSince}: the date the person started work, optional, not after today. */
    public record IndividualData(String code, String fullName, Long unitId, String position, String email,
                                 java.time.LocalDate employedSince) {

        public IndividualData(String code, String fullName, Long unitId, String position, String email) {
            this(code, fullName, unitId, position, email, null);
        }
    }

    /** What else the person is in the organisation: the units they head and their account, if any. */
    public record Standing(List<Unit> headOf, Optional<String> accountUsername) {
    }

    /**
     * People the caller may see, filtered by unit (with its sub-units) and by name or code
     * (without diacritics), sorted by name in Vietnamese order.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Individual> search(Search search, Pageable pageable) {
        CurrentUser user = CurrentUser.get();
        Specification<Individual> spec = matching(search.query(), search.active());
        Set<Long> headScope = user.readsEverything() ? null : scope.of(user);
        if (search.unitId() != null) {
            // Heads filter by the units they head; staff only by their own unit (where they see themself).
            if (headScope != null && !headScope.contains(search.unitId())
                    && !search.unitId().equals(user.unitId())) {
                throw new AccessDeniedException("unit " + search.unitId() + " is outside the caller's units");
            }
            spec = spec.and(inUnits(scope.subtree(search.unitId())));
        }
        if (headScope != null) {
            Specification<Individual> self = isPerson(user.individualId());
            spec = spec.and(headScope.isEmpty() ? self : inUnits(headScope).or(self));
        }
        return individuals.findAll(spec, pageable);
    }

    private static Specification<Individual> inUnits(Set<Long> unitIds) {
        return (root, q, cb) -> unitIds.isEmpty() ? cb.disjunction() : root.get("unitId").in(unitIds);
    }

    private static Specification<Individual> isPerson(Long individualId) {
        return (root, q, cb) -> individualId == null ? cb.disjunction() : cb.equal(root.get("id"), individualId);
    }

    private static Specification<Individual> matching(String query, Boolean active) {
        return (root, q, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = Texts.clean(query);
            if (text != null) {
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("code")), Texts.likeContains(text.toLowerCase()), '\\'),
                        cb.like(root.get("searchName"), Texts.likeContains(Texts.fold(text)), '\\')));
            }
            if (active != null) {
                predicates.add(cb.equal(root.get("active"), active));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Individual get(Long id) {
        Individual individual = individuals.findById(id).orElseThrow(() -> new NotFoundException("individual", id));
        scope.checkCanSee(CurrentUser.get(), individual);
        return individual;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Individual create(IndividualData data) {
        IndividualData clean = normalise(data);
        validate(clean, null);
        if (individuals.existsByCode(clean.code())) {
            throw new ConflictException("individual.code.taken", clean.code());
        }
        Individual individual = individuals.save(new Individual(clean.code(), clean.fullName(), clean.unitId(),
                clean.position(), clean.email()));
        individual.setEmployedSince(clean.employedSince());
        audit.record(AuditLog.entry("INDIVIDUAL", individual.getId(), "CREATED").newValue(snapshot(individual)));
        return individual;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Individual update(Long id, IndividualData data, boolean active, Long version) {
        Individual individual = individuals.findById(id).orElseThrow(() -> new NotFoundException("individual", id));
        individual.checkVersion(version);
        IndividualData clean = normalise(data);
        validate(clean, individual);
        if (!clean.code().equals(individual.getCode()) && individuals.existsByCode(clean.code())) {
            throw new ConflictException("individual.code.taken", clean.code());
        }
        boolean leavesUnit = !clean.unitId().equals(individual.getUnitId()) || (individual.isActive() && !active);
        if (leavesUnit) {
            List<Unit> headed = units.findByHeadIndividualId(individual.getId());
            if (!headed.isEmpty()) {
                throw new ConflictException("individual.isHead", individual.getFullName(), headed.get(0).getName());
            }
        }
        Changes changes = new Changes()
                .field("code", individual.getCode(), clean.code())
                .field("fullName", individual.getFullName(), clean.fullName())
                .field("unitId", individual.getUnitId(), clean.unitId())
                .field("position", individual.getPosition(), clean.position())
                .field("email", individual.getEmail(), clean.email())
                .field("employedSince", individual.getEmployedSince(), clean.employedSince())
                .field("active", individual.isActive(), active);
        individual.setCode(clean.code());
        individual.setFullName(clean.fullName());
        individual.setUnitId(clean.unitId());
        individual.setPosition(clean.position());
        individual.setEmail(clean.email());
        individual.setEmployedSince(clean.employedSince());
        individual.setActive(active);
        if (!changes.isEmpty()) {
            audit.record(AuditLog.entry("INDIVIDUAL", individual.getId(), "UPDATED").changes(changes));
        }
        return individual;
    }

    /** Names of the units of the given people, for lists (one query for the whole page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Unit> unitsOf(List<Individual> people) {
        Set<Long> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.getUnitId()));
        Map<Long, Unit> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findAllById(ids).forEach(u -> byId.put(u.getId(), u));
        }
        return byId;
    }

    /** The active people belonging directly to a unit (not its sub-units), by name: the candidates for head. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Individual> activeMembers(Long unitId) {
        CurrentUser user = CurrentUser.get();
        if (!user.readsEverything() && !scope.of(user).contains(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the caller's units");
        }
        return individuals.findByUnitIdAndActiveTrue(unitId, BY_NAME);
    }

    /** People by id, for showing names (e.g. unit heads in the tree): ADMIN and BOARD read everyone. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    @Transactional(readOnly = true)
    public Map<Long, Individual> findAllById(Collection<Long> ids) {
        Map<Long, Individual> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            individuals.findAllById(ids).forEach(i -> byId.put(i.getId(), i));
        }
        return byId;
    }

    /** For the office's edit page: whether the person heads a unit and whether they have an account. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Standing standing(Long id) {
        return new Standing(units.findByHeadIndividualId(id),
                accounts.findByIndividualId(id).map(vn.thidua.security.Account::getUsername));
    }

    private static IndividualData normalise(IndividualData data) {
        return new IndividualData(Texts.code(data.code()), Texts.clean(data.fullName()), data.unitId(),
                Texts.clean(data.position()), Texts.clean(data.email()), data.employedSince());
    }

    private void validate(IndividualData data, Individual existing) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code("code", data.code(), problems);
        OrganisationRules.name("fullName", data.fullName(), problems);
        OrganisationRules.optionalText("position", data.position(), problems);
        OrganisationRules.email("email", data.email(), problems);
        if (data.employedSince() != null && (data.employedSince().isAfter(vn.thidua.shared.OfficeTime.today())
                || data.employedSince().getYear() < 1900)) {
            problems.add(new InvalidInputException.FieldProblem("employedSince", "individual.employedSince.invalid"));
        }
        if (data.unitId() == null) {
            problems.add(new FieldProblem("unitId", "jakarta.validation.constraints.NotNull.message"));
        } else {
            Unit unit = units.findById(data.unitId()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "validation.unit.unknown", data.unitId()));
            } else if (!unit.isActive() && (existing == null || !unit.getId().equals(existing.getUnitId()))) {
                problems.add(new FieldProblem("unitId", "validation.unit.inactive", unit.getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Object> snapshot(Individual i) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("code", i.getCode());
        values.put("fullName", i.getFullName());
        values.put("unitId", i.getUnitId());
        values.put("position", i.getPosition());
        values.put("email", i.getEmail());
        return values;
    }
}
