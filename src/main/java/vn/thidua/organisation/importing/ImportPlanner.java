package vn.thidua.organisation.importing;

import vn.thidua.organisation.Individual;
import vn.thidua.organisation.OrganisationRules;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.InvalidRowsException.RowProblem;
import vn.thidua.shared.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.thidua.organisation.importing.ImportColumn.EMAIL;
import static vn.thidua.organisation.importing.ImportColumn.FULL_NAME;
import static vn.thidua.organisation.importing.ImportColumn.INDIVIDUAL_CODE;
import static vn.thidua.organisation.importing.ImportColumn.IS_HEAD;
import static vn.thidua.organisation.importing.ImportColumn.PARENT_UNIT_CODE;
import static vn.thidua.organisation.importing.ImportColumn.POSITION;
import static vn.thidua.organisation.importing.ImportColumn.UNIT_CODE;
import static vn.thidua.organisation.importing.ImportColumn.UNIT_NAME;

/**
 * Checks the rows of an import against each other and against the organisation as it is, and
 * works out what to create and change. It writes nothing, so every problem of the file is found
 * before anything is saved.
 *
 * <p>Rules: codes are normalised like the services do (trimmed, upper-case). A unit may appear on
 * many rows (once per person); the name and parent it is given must agree wherever they are
 * written, and a blank cell says nothing (an existing unit keeps its name and parent, a new unit
 * without a parent is a top unit). An individual row gives the whole person; an existing person
 * keeps their position and e-mail when those cells are blank.
 */
final class ImportPlanner {

    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final Map<Long, Unit> unitsById = new HashMap<>();
    private final Map<String, Individual> individualsByCode = new HashMap<>();
    private final Map<Long, Unit> unitHeadedBy = new HashMap<>();

    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, UnitDraft> unitDrafts = new LinkedHashMap<>();
    private final Map<String, IndividualDraft> individualDrafts = new LinkedHashMap<>();

    /**
     * @param units       every unit (the tree is small and parents are followed up to the top)
     * @param individuals the existing individuals whose codes appear in the file
     */
    ImportPlanner(Collection<Unit> units, Collection<Individual> individuals) {
        for (Unit unit : units) {
            unitsByCode.put(unit.getCode(), unit);
            unitsById.put(unit.getId(), unit);
            if (unit.getHeadIndividualId() != null) {
                unitHeadedBy.putIfAbsent(unit.getHeadIndividualId(), unit);
            }
        }
        individuals.forEach(i -> individualsByCode.put(i.getCode(), i));
    }

    /** {@code headCode}: the individual the file names as the unit's head, or null (the head stays as it is). */
    record PlannedUnit(String code, String name, String parentCode, String headCode, Unit existing) {
    }

    record PlannedIndividual(String code, String fullName, String unitCode, String position, String email,
                             boolean head, Individual existing) {
    }

    /** Units parents first; empty lists when there are problems. */
    record ImportPlan(List<PlannedUnit> units, List<PlannedIndividual> individuals, List<RowProblem> problems) {
    }

    /** The normalised individual codes of the rows, to look the existing people up. */
    static Set<String> individualCodes(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            String code = Texts.code(row.get(INDIVIDUAL_CODE));
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    ImportPlan plan(List<ImportRow> rows) {
        rows.forEach(this::read);
        checkUnits();
        checkIndividuals();
        if (!problems.isEmpty()) {
            return new ImportPlan(List.of(), List.of(), List.copyOf(problems));
        }
        return new ImportPlan(plannedUnits(), plannedIndividuals(), List.of());
    }

    // Row by row ------------------------------------------------------------------------------

    private void read(ImportRow row) {
        int r = row.row();
        String unitCode = Texts.code(row.get(UNIT_CODE));
        String unitName = Texts.clean(row.get(UNIT_NAME));
        String parentCode = Texts.code(row.get(PARENT_UNIT_CODE));
        String individualCode = Texts.code(row.get(INDIVIDUAL_CODE));
        String fullName = Texts.clean(row.get(FULL_NAME));
        String position = Texts.clean(row.get(POSITION));
        String email = Texts.clean(row.get(EMAIL));
        Boolean head = headMark(r, row.get(IS_HEAD));

        boolean unitOk = check(r, rules -> OrganisationRules.code(UNIT_CODE.header(), unitCode, rules));
        boolean nameOk = unitName == null
                || check(r, rules -> OrganisationRules.name(UNIT_NAME.header(), unitName, rules));
        boolean parentOk = parentCode == null
                || check(r, rules -> OrganisationRules.code(PARENT_UNIT_CODE.header(), parentCode, rules));
        boolean individualOk = true;
        if (individualCode != null) {
            individualOk = check(r, rules -> {
                OrganisationRules.code(INDIVIDUAL_CODE.header(), individualCode, rules);
                if (fullName == null) {
                    rules.add(new FieldProblem(FULL_NAME.header(), "import.error.fullName.required", individualCode));
                } else {
                    OrganisationRules.name(FULL_NAME.header(), fullName, rules);
                }
                OrganisationRules.optionalText(POSITION.header(), position, rules);
                OrganisationRules.email(EMAIL.header(), email, rules);
            });
        } else if (fullName != null || position != null || email != null || Boolean.TRUE.equals(head)) {
            problems.add(new RowProblem(r, INDIVIDUAL_CODE.header(), "import.error.individualCode.required"));
        }

        if (!unitOk) {
            return;
        }
        collectUnit(r, unitCode, nameOk ? unitName : null, parentOk ? parentCode : null);
        if (individualCode != null && individualOk) {
            boolean isHead = Boolean.TRUE.equals(head);
            collectIndividual(individualCode, new IndividualDraft(r, unitCode, fullName, position, email, isHead));
            if (isHead) {
                collectHead(r, unitCode, individualCode);
            }
        }
    }

    private static final Set<String> YES = Set.of("x", "co", "c", "1", "yes", "y", "true", "dung", "truong");
    private static final Set<String> NO = Set.of("0", "khong", "k", "no", "n", "false", "sai");

    /** The head column: a mark such as "x", "có", "1", "yes"; blank or "không", "0", "no" is no; else a problem. */
    private Boolean headMark(int row, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String mark = ImportColumn.normalise(value);
        if (YES.contains(mark)) {
            return true;
        }
        if (NO.contains(mark)) {
            return false;
        }
        problems.add(new RowProblem(row, IS_HEAD.header(), "import.error.isHead.value", value.strip()));
        return null;
    }

    private void collectHead(int row, String unitCode, String individualCode) {
        UnitDraft draft = unitDrafts.get(unitCode);
        if (draft.headCode == null) {
            draft.headCode = individualCode;
            draft.headRow = row;
        } else if (!draft.headCode.equals(individualCode)) {
            problems.add(new RowProblem(row, IS_HEAD.header(), "import.error.head.twice", unitCode,
                    String.valueOf(draft.headRow), draft.headCode));
        }
    }

    private interface Rules {
        void apply(List<FieldProblem> problems);
    }

    /** Runs field rules and keeps their problems for this row; true when there were none. */
    private boolean check(int row, Rules rules) {
        List<FieldProblem> found = new ArrayList<>();
        rules.apply(found);
        found.forEach(p -> problems.add(new RowProblem(row, p.field(), p.messageKey(), p.arguments())));
        return found.isEmpty();
    }

    private void collectUnit(int row, String code, String name, String parentCode) {
        UnitDraft draft = unitDrafts.computeIfAbsent(code, c -> new UnitDraft(c, row));
        if (name != null) {
            if (draft.name == null) {
                draft.name = name;
                draft.nameRow = row;
            } else if (!draft.name.equals(name)) {
                problems.add(new RowProblem(row, UNIT_NAME.header(), "import.error.unit.nameConflict", code,
                        String.valueOf(draft.nameRow), draft.name));
            }
        }
        if (parentCode != null) {
            if (draft.parentCode == null) {
                draft.parentCode = parentCode;
                draft.parentRow = row;
            } else if (!draft.parentCode.equals(parentCode)) {
                problems.add(new RowProblem(row, PARENT_UNIT_CODE.header(), "import.error.unit.parentConflict", code,
                        String.valueOf(draft.parentRow), draft.parentCode));
            }
        }
    }

    private void collectIndividual(String code, IndividualDraft draft) {
        IndividualDraft first = individualDrafts.putIfAbsent(code, draft);
        if (first == null) {
            return;
        }
        ImportColumn different = first.firstDifference(draft);
        if (different != null) {
            problems.add(new RowProblem(draft.row(), different.header(), "import.error.individual.conflict", code,
                    String.valueOf(first.row()), different.header()));
        }
    }

    // Across rows -----------------------------------------------------------------------------

    private void checkUnits() {
        for (UnitDraft draft : unitDrafts.values()) {
            if (draft.name == null && !unitsByCode.containsKey(draft.code)) {
                problems.add(new RowProblem(draft.firstRow, UNIT_NAME.header(), "import.error.unitName.required",
                        draft.code));
            }
            if (draft.parentCode != null && !unitDrafts.containsKey(draft.parentCode)
                    && !unitsByCode.containsKey(draft.parentCode)) {
                problems.add(new RowProblem(draft.parentRow, PARENT_UNIT_CODE.header(), "import.error.parent.unknown",
                        draft.parentCode));
                draft.parentCode = null;
            }
        }
        for (UnitDraft draft : unitDrafts.values()) {
            if (draft.parentCode != null) {
                List<String> cycle = cycleThrough(draft.code);
                if (!cycle.isEmpty()) {
                    problems.add(new RowProblem(draft.parentRow, PARENT_UNIT_CODE.header(),
                            "import.error.parent.cycle", String.join(" → ", cycle)));
                }
            }
        }
    }

    /** The chain code → parent → … → code when following parents comes back to the unit; else empty. */
    private List<String> cycleThrough(String code) {
        List<String> chain = new ArrayList<>(List.of(code));
        Set<String> seen = new HashSet<>();
        for (String current = parentOf(code); current != null && seen.add(current); current = parentOf(current)) {
            chain.add(current);
            if (current.equals(code)) {
                return chain;
            }
        }
        return List.of();
    }

    /** The parent after the import: as written in the file, else as it is now. */
    private String parentOf(String code) {
        UnitDraft draft = unitDrafts.get(code);
        if (draft != null && draft.parentCode != null) {
            return draft.parentCode;
        }
        Unit unit = unitsByCode.get(code);
        if (unit == null || unit.getParentId() == null) {
            return null;
        }
        Unit parent = unitsById.get(unit.getParentId());
        return parent == null ? null : parent.getCode();
    }

    private void checkIndividuals() {
        individualDrafts.forEach((code, draft) -> {
            Individual existing = individualsByCode.get(code);
            Unit target = unitsByCode.get(draft.unitCode());
            boolean staysInUnit = existing != null && target != null && target.getId().equals(existing.getUnitId());
            if (target != null && !target.isActive() && !staysInUnit) {
                problems.add(new RowProblem(draft.row(), UNIT_CODE.header(), "validation.unit.inactive",
                        target.getName()));
            }
            if (draft.head() && existing != null && !existing.isActive()) {
                problems.add(new RowProblem(draft.row(), IS_HEAD.header(), "validation.unit.headNotMember",
                        existing.getFullName()));
            }
            if (existing != null && !staysInUnit) {
                Unit headed = unitHeadedBy.get(existing.getId());
                if (headed != null) {
                    problems.add(new RowProblem(draft.row(), UNIT_CODE.header(), "import.error.individual.isHead",
                            existing.getFullName(), code, headed.getName(), draft.unitCode()));
                }
            }
        });
    }

    // The plan --------------------------------------------------------------------------------

    private List<PlannedUnit> plannedUnits() {
        List<PlannedUnit> planned = new ArrayList<>();
        for (UnitDraft draft : unitDrafts.values()) {
            Unit existing = unitsByCode.get(draft.code);
            String name = draft.name != null ? draft.name : existing.getName();
            planned.add(new PlannedUnit(draft.code, name, parentOf(draft.code), draft.headCode, existing));
        }
        Map<String, Integer> depths = new HashMap<>();
        planned.forEach(u -> depths.put(u.code(), depth(u.code())));
        planned.sort(Comparator.comparing(u -> depths.get(u.code())));
        return planned;
    }

    /** Levels above the unit after the import (no cycles are left at this point). */
    private int depth(String code) {
        int depth = 0;
        for (String parent = parentOf(code); parent != null; parent = parentOf(parent)) {
            depth++;
        }
        return depth;
    }

    private List<PlannedIndividual> plannedIndividuals() {
        List<PlannedIndividual> planned = new ArrayList<>();
        individualDrafts.forEach((code, draft) -> {
            Individual existing = individualsByCode.get(code);
            String position = draft.position() != null || existing == null ? draft.position() : existing.getPosition();
            String email = draft.email() != null || existing == null ? draft.email() : existing.getEmail();
            planned.add(new PlannedIndividual(code, draft.fullName(), draft.unitCode(), position, email, draft.head(),
                    existing));
        });
        return planned;
    }

    /** A unit as the file describes it, gathered from all its rows. */
    private static final class UnitDraft {
        final String code;
        final int firstRow;
        String name;
        int nameRow;
        String parentCode;
        int parentRow;
        String headCode;
        int headRow;

        UnitDraft(String code, int firstRow) {
            this.code = code;
            this.firstRow = firstRow;
        }
    }

    private record IndividualDraft(int row, String unitCode, String fullName, String position, String email,
                                   boolean head) {

        ImportColumn firstDifference(IndividualDraft other) {
            if (!Objects.equals(unitCode, other.unitCode)) {
                return UNIT_CODE;
            }
            if (!Objects.equals(fullName, other.fullName)) {
                return FULL_NAME;
            }
            if (!Objects.equals(position, other.position)) {
                return POSITION;
            }
            if (!Objects.equals(email, other.email)) {
                return EMAIL;
            }
            return head == other.head ? null : IS_HEAD;
        }
    }
}
