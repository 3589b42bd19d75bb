package vn.thidua.shared.report;

import java.util.Objects;

/**
 * A table column: its header label, its width relative to the other columns of the table, and how its
 * cells are aligned.
 */
public record Column(String label, float width, Align align) {

    public enum Align { LEFT, CENTER, RIGHT }

    public Column {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(align, "align");
        if (!(width > 0)) {
            throw new IllegalArgumentException("A column width must be positive: " + width);
        }
    }

    public static Column left(String label, float width) {
        return new Column(label, width, Align.LEFT);
    }

    public static Column center(String label, float width) {
        return new Column(label, width, Align.CENTER);
    }

    public static Column right(String label, float width) {
        return new Column(label, width, Align.RIGHT);
    }
}
