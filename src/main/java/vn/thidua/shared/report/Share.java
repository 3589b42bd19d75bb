package vn.thidua.shared.report;

import vn.thidua.shared.Percentages;

/**
 * A cell holding a share, {@code part} of {@code whole}, by the rule of {@link Percentages}: the PDF
 * prints "16,7 %" ("16.7%" in English); the XLSX stores the number 0.167 formatted "0.0%", so the sheet
 * shows the same figure and still adds up.
 */
public record Share(long part, long whole) {
}
