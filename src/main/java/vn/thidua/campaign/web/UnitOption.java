package vn.thidua.campaign.web;

import vn.thidua.organisation.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit in a select box: after its parent, indented by its depth in the tree. */
record UnitOption(Long id, String label, boolean active) {

    /** {@code units} in name order (as UnitService returns them); children keep that order. */
    static List<UnitOption> tree(List<Unit> units) {
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.getId(), u));
        Map<Long, List<Unit>> byParent = new HashMap<>();
        for (Unit unit : units) {
            Long parent = unit.getParentId() != null && byId.containsKey(unit.getParentId()) ? unit.getParentId() : null;
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
        }
        List<UnitOption> options = new ArrayList<>();
        add(null, 0, byParent, options);
        return options;
    }

    private static void add(Long parentId, int depth, Map<Long, List<Unit>> byParent, List<UnitOption> options) {
        for (Unit unit : byParent.getOrDefault(parentId, List.of())) {
            options.add(new UnitOption(unit.getId(), "\u2003".repeat(depth) + unit.getName(), unit.isActive()));
            add(unit.getId(), depth + 1, byParent, options);
        }
    }
}
