package vn.thidua.campaign.web;

import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitTree;

import java.util.List;

/** A unit in a select box: after its parent, indented by its depth in the tree. */
record UnitOption(Long id, String label, boolean active) {

    /** {@code units} in name order (as UnitService returns them); children keep that order. */
    static List<UnitOption> tree(List<Unit> units) {
        return UnitTree.flatten(UnitTree.of(units)).stream()
                .map(node -> new UnitOption(node.unit().getId(), node.indent() + node.unit().getName(),
                        node.unit().isActive()))
                .toList();
    }
}
