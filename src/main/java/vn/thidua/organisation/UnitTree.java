package vn.thidua.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Units as a tree, for display: each unit with its depth and the units below it. Works on any
 * shape of unit (the entity, a frozen snapshot row, a filter option) given its id and parent id.
 * Siblings keep the order of the input (pass the units sorted by name); a unit whose parent is not
 * among them starts a tree of its own. The SQL side of the tree is migration V5.
 */
public record UnitTree<T>(T unit, int depth, List<UnitTree<T>> children) {

    /** The trees of these units. */
    public static <T> List<UnitTree<T>> of(Collection<T> units, Function<T, Long> id, Function<T, Long> parentId) {
        Set<Long> ids = new HashSet<>();
        units.forEach(u -> ids.add(id.apply(u)));
        Map<Long, List<T>> byParent = new HashMap<>();
        for (T unit : units) {
            Long parent = parentId.apply(unit);
            byParent.computeIfAbsent(parent != null && ids.contains(parent) ? parent : null, k -> new ArrayList<>())
                    .add(unit);
        }
        return build(null, 0, byParent, id);
    }

    /** The trees of the organisation's units. */
    public static List<UnitTree<Unit>> of(Collection<Unit> units) {
        return of(units, Unit::getId, Unit::getParentId);
    }

    /** Depth-first, for select boxes and indented lists: each unit after its parent. */
    public static <T> List<UnitTree<T>> flatten(List<UnitTree<T>> trees) {
        List<UnitTree<T>> flat = new ArrayList<>();
        for (UnitTree<T> tree : trees) {
            flat.add(tree);
            flat.addAll(flatten(tree.children()));
        }
        return flat;
    }

    /** The units in tree order with their depth: {@code flatten(of(units, id, parentId))}. */
    public static <T> List<UnitTree<T>> ordered(Collection<T> units, Function<T, Long> id, Function<T, Long> parentId) {
        return flatten(of(units, id, parentId));
    }

    /** One em space per level, for a select box's option text. */
    public String indent() {
        return "\u2003".repeat(depth);
    }

    private static <T> List<UnitTree<T>> build(Long parentId, int depth, Map<Long, List<T>> byParent,
                                               Function<T, Long> id) {
        List<UnitTree<T>> nodes = new ArrayList<>();
        for (T unit : byParent.getOrDefault(parentId, List.of())) {
            nodes.add(new UnitTree<>(unit, depth, build(id.apply(unit), depth + 1, byParent, id)));
        }
        return nodes;
    }
}
