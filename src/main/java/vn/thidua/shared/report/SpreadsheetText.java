package vn.thidua.shared.report;

/**
 * Text for a spreadsheet cell that no spreadsheet runs as a formula (OWASP "CSV injection"): text
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so that "=HYPERLINK(…)" typed as a name stays the name even once the cell is edited or
 * the sheet is saved as CSV. Only text: numbers are written as numbers, negative ones included.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
