package vn.thidua.organisation.web;

import vn.thidua.organisation.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units as a tree for display; children keep the Vietnamese name order of the input. */
record UnitTree(Unit unit, int depth, List<UnitTree> children) {

    static List<UnitTree> of(List<Unit> units) {
        Map<Long, List<Unit>> byParent = new HashMap<>();
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.getId(), u));
        for (Unit unit : units) {
            Long parent = unit.getParentId() != null && byId.containsKey(unit.getParentId()) ? unit.getParentId() : null;
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
        }
        return build(null, 0, byParent);
    }

    private static List<UnitTree> build(Long parentId, int depth, Map<Long, List<Unit>> byParent) {
        List<UnitTree> nodes = new ArrayList<>();
        for (Unit unit : byParent.getOrDefault(parentId, List.of())) {
            nodes.add(new UnitTree(unit, depth, build(unit.getId(), depth + 1, byParent)));
        }
        return nodes;
    }

    /** Depth-first, for select boxes: each unit after its parent, indented by depth. */
    static List<UnitTree> flatten(List<UnitTree> trees) {
        List<UnitTree> flat = new ArrayList<>();
        for (UnitTree tree : trees) {
            flat.add(tree);
            flat.addAll(flatten(tree.children()));
        }
        return flat;
    }

    public String indentedName() {
        return "\u2003".repeat(depth) + unit.getName();
    }
}
