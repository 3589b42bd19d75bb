package vn.thidua.shared.report;

/** A label/value line of a report, e.g. "Thời gian" / "01/01/2026 – 31/12/2026". */
public record Fact(String label, String value) {
}
