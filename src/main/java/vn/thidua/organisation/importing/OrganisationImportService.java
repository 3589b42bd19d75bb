package vn.thidua.organisation.importing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
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
    private final ImportFileReader reader = new ImportFileReader();

    OrganisationImportService(UnitRepository units, IndividualRepository individuals, AuditLog audit) {
        this.units = units;
        this.individuals = individuals;
        this.audit = audit;
    }

    /**
     * @throws vn.thidua.shared.UnsupportedFileTypeException neither UTF-8 CSV nor XLSX (415)
     * @throws InvalidRowsException                           any bad row; nothing is imported (400)
     */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importFile(byte[] content) {
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
        plan.individuals().forEach(i -> apply(i, unitIds, counts));

        ImportResult result = new ImportResult(counts.unitsCreated, counts.individualsCreated, counts.updated);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", sheet.rows().size());
        summary.put("unitsCreated", result.unitsCreated());
        summary.put("individualsCreated", result.individualsCreated());
        summary.put("updated", result.updated());
        audit.record(AuditLog.entry("ORGANISATION", null, "IMPORT").newValue(summary));
        return result;
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

    private void apply(PlannedIndividual planned, Map<String, Long> unitIds, Counts counts) {
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
            return;
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
    }

    private static final class Counts {
        int unitsCreated;
        int individualsCreated;
        int updated;
    }
}
