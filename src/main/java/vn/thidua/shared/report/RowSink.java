package vn.thidua.shared.report;

/** Receives the rows of a {@link Report#table} one at a time; each row is written at once. */
@FunctionalInterface
public interface RowSink {

    void row(Object... cells);
}
