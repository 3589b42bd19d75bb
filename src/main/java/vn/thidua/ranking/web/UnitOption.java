package vn.thidua.ranking.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        Comparator<Node> byName = Comparator.comparing(Node::name, collator).thenComparing(Node::id);
        Set<Long> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        Map<Long, List<Node>> children = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes) {
            if (node.parentId() != null && ids.contains(node.parentId())) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            } else {
                roots.add(node);
            }
        }
        List<UnitOption> options = new ArrayList<>();
        roots.sort(byName);
        for (Node root : roots) {
            add(root, 0, children, byName, options);
        }
        return options;
    }

    private static void add(Node node, int depth, Map<Long, List<Node>> children, Comparator<Node> byName,
                            List<UnitOption> options) {
        options.add(new UnitOption(node.id(), node.code(), node.name(), depth));
        List<Node> below = children.get(node.id());
        if (below != null) {
            below.sort(byName);
            for (Node child : below) {
                add(child, depth + 1, children, byName, options);
            }
        }
    }
}
