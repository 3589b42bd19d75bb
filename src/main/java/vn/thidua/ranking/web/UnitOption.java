package vn.thidua.ranking.web;

import vn.thidua.organisation.UnitTree;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A unit in a filter's select, indented under its parent: the tree read top down. */
record UnitOption(Long id, String code, String name, int depth) {

    /** A unit as read: its id, code, name and parent (null at the top). */
    record Node(Long id, String code, String name, Long parentId) {
    }

    /** The label of the option, indented by its depth (the select shows the tree). */
    public String label() {
        return "\u00a0\u00a0\u00a0".repeat(depth) + name;
    }

    /**
     * The units in tree order, siblings by name in Vietnamese collation; a unit whose parent is not
     * among them starts a tree of its own.
     */
    static List<UnitOption> tree(Collection<Node> nodes) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Node> byName = nodes.stream()
                .sorted(Comparator.comparing(Node::name, collator).thenComparing(Node::id)).toList();
        return UnitTree.ordered(byName, Node::id, Node::parentId).stream()
                .map(n -> new UnitOption(n.unit().id(), n.unit().code(), n.unit().name(), n.depth())).toList();
    }
}
