package vn.thidua.organisation.importing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.OrganisationAccounts;
import vn.thidua.organisation.OrganisationAccounts.NewAccounts;
import vn.thidua.organisation.OrganisationImport;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.importing.ImportFileReader.ImportSheet;
import vn.thidua.organisation.importing.ImportPlanner.ImportPlan;
import vn.thidua.organisation.importing.ImportPlanner.PlannedIndividual;
import vn.thidua.organisation.importing.ImportPlanner.PlannedUnit;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.InvalidRowsException.RowProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports units and individuals from a CSV or XLSX file (API.md "Organisation"). All or nothing:
 * the whole file is checked first and any problem refuses it with every bad row; otherwise it is
 * applied in one transaction, parents before children, with the same audit events as the
 * services write plus one IMPORT event with the counts.
 */
@Service
public class OrganisationImportService implements OrganisationImport {

    /** Data rows a file may have; split bigger organisations into several files. */
    public static final int MAX_ROWS = ImportFileReader.MAX_ROWS;

    /** PostgreSQL takes at most 32767 parameters in a statement; look codes up in slices. */
    private static final int LOOKUP_SLICE = 1000;

    private final UnitRepository units;
    private final IndividualRepository individuals;
    private final AuditLog audit;
    private final OrganisationAccounts accounts;
    private final ImportFileReader reader = new ImportFileReader();

    OrganisationImportService(UnitRepository units, IndividualRepository individuals, AuditLog audit,
                              OrganisationAccounts accounts) {
        this.units = units;
        this.individuals = individuals;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** An import with accounts for its people: the result with the account counts, and the accounts made. */
    public record WithAccounts(ImportResult result, NewAccounts accounts) {
    }

    /**
     * The import, then accounts for the active people of the file who have none (see
     * {@link OrganisationAccounts}), in one transaction: a refused file makes no account either.
     *
     * @param toDownload keep the initial passwords as a one-time list (a page) rather than answering them (API)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WithAccounts importWithAccounts(byte[] content, boolean toDownload) {
        Imported imported = apply(content);
        individuals.flush();
        units.flush();
        NewAccounts made = accounts.forCodes(imported.codes(), toDownload);
        return new WithAccounts(imported.result().withAccounts(made.created(), made.usernamesTaken(),
                made.usernamesInvalid()), made);
    }

    /**
     * @throws vn.thidua.shared.UnsupportedFileTypeException neither UTF-8 CSV nor XLSX (415)
     * @throws InvalidRowsException                           any bad row; nothing is imported (400)
     */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importFile(byte[] content) {
        return apply(content).result();
    }

    private record Imported(ImportResult result, Set<String> codes) {
    }

    private Imported apply(byte[] content) {
        ImportSheet sheet = reader.read(content);
        List<Unit> allUnits = units.findAll();
        ImportPlan plan = new ImportPlanner(allUnits, existingIndividuals(ImportPlanner.individualCodes(sheet.rows())))
                .plan(sheet.rows());
        List<RowProblem> problems = new ArrayList<>(sheet.problems());
        problems.addAll(plan.problems());
        if (!problems.isEmpty()) {
            throw new InvalidRowsException("import.failed", problems);
        }
        Map<String, Long> unitIds = new HashMap<>();
        allUnits.forEach(u -> unitIds.put(u.getCode(), u.getId()));
        Counts counts = new Counts();
        plan.units().forEach(u -> apply(u, unitIds, counts));
        Map<String, Long> individualIds = new HashMap<>();
        plan.individuals().forEach(i -> individualIds.put(i.code(), apply(i, unitIds, counts)));
        plan.units().forEach(u -> applyHead(u, unitIds, individualIds, counts));

        ImportResult result = new ImportResult(counts.unitsCreated, counts.individualsCreated, counts.updated,
                sheet.ignoredColumns(), 0, List.of(), List.of());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", sheet.rows().size());
        summary.put("unitsCreated", result.unitsCreated());
        summary.put("individualsCreated", result.individualsCreated());
        summary.put("updated", result.updated());
        if (!sheet.ignoredColumns().isEmpty()) {
            summary.put("ignoredColumns", sheet.ignoredColumns());
        }
        audit.record(AuditLog.entry("ORGANISATION", null, "IMPORT").newValue(summary));
        return new Imported(result, individualIds.keySet());
    }

    /** The head the file names for a unit; a unit whose rows name none keeps its head. */
    private void applyHead(PlannedUnit planned, Map<String, Long> unitIds, Map<String, Long> individualIds,
                           Counts counts) {
        if (planned.headCode() == null) {
            return;
        }
        Unit unit = units.findById(unitIds.get(planned.code())).orElseThrow();
        Long headId = individualIds.get(planned.headCode());
        if (!headId.equals(unit.getHeadIndividualId())) {
            Changes changes = new Changes().field("headIndividualId", unit.getHeadIndividualId(), headId);
            unit.setHeadIndividualId(headId);
            audit.record(AuditLog.entry("UNIT", unit.getId(), "UPDATED").changes(changes));
            if (planned.existing() != null) {
                counts.updated++;
            }
        }
    }

    private List<Individual> existingIndividuals(Set<String> codes) {
        List<String> all = List.copyOf(codes);
        List<Individual> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOOKUP_SLICE) {
            found.addAll(individuals.findByCodeIn(all.subList(from, Math.min(all.size(), from + LOOKUP_SLICE))));
        }
        return found;
    }

    private void apply(PlannedUnit planned, Map<String, Long> unitIds, Counts counts) {
        Long parentId = planned.parentCode() == null ? null : unitIds.get(planned.parentCode());
        if (planned.existing() == null) {
            Unit unit = units.save(new Unit(planned.code(), planned.name(), parentId));
            unitIds.put(unit.getCode(), unit.getId());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("code", unit.getCode());
            values.put("name", unit.getName());
            values.put("parentId", String.valueOf(parentId));
            audit.record(AuditLog.entry("UNIT", unit.getId(), "CREATED").newValue(values));
            counts.unitsCreated++;
            return;
        }
        Unit unit = planned.existing();
        Changes changes = new Changes()
                .field("name", unit.getName(), planned.name())
                .field("parentId", unit.getParentId(), parentId);
        if (!changes.isEmpty()) {
            unit.setName(planned.name());
            unit.setParentId(parentId);
            audit.record(AuditLog.entry("UNIT", unit.getId(), "UPDATED").changes(changes));
            counts.updated++;
        }
    }

    private Long apply(PlannedIndividual planned, Map<String, Long> unitIds, Counts counts) {
        Long unitId = unitIds.get(planned.unitCode());
        if (planned.existing() == null) {
            Individual individual = individuals.save(new Individual(planned.code(), planned.fullName(), unitId,
                    planned.position(), planned.email()));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("code", individual.getCode());
            values.put("fullName", individual.getFullName());
            values.put("unitId", unitId);
            values.put("position", individual.getPosition());
            values.put("email", individual.getEmail());
            audit.record(AuditLog.entry("INDIVIDUAL", individual.getId(), "CREATED").newValue(values));
            counts.individualsCreated++;
            return individual.getId();
        }
        Individual individual = planned.existing();
        Changes changes = new Changes()
                .field("fullName", individual.getFullName(), planned.fullName())
                .field("unitId", individual.getUnitId(), unitId)
                .field("position", individual.getPosition(), planned.position())
                .field("email", individual.getEmail(), planned.email());
        if (!changes.isEmpty()) {
            individual.setFullName(planned.fullName());
            individual.setUnitId(unitId);
            individual.setPosition(planned.position());
            individual.setEmail(planned.email());
            audit.record(AuditLog.entry("INDIVIDUAL", individual.getId(), "UPDATED").changes(changes));
            counts.updated++;
        }
        return individual.getId();
    }

    private static final class Counts {
        int unitsCreated;
        int individualsCreated;
        int updated;
    }
}
