package vn.thidua.shared.report;

import vn.thidua.shared.Percentages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** How the writers read cell values: decimals, whole numbers, dates, text. */
final class Cells {

    private Cells() {
    }

    /** A decimal cell (BigDecimal, Double, Float) as BigDecimal, otherwise {@code null}. */
    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return null;
    }

    static boolean isWholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    /** Two decimals with the locale's separator and no grouping ("92,50" in Vietnamese, "92.50" in English). */
    static DecimalFormat decimalFormat(Locale locale) {
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** The text a cell shows in a PDF. */
    static String text(Object value, DecimalFormat decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Share share) {
            return Percentages.format(share.part(), share.whole(), locale);
        }
        BigDecimal decimal = decimal(value);
        if (decimal != null) {
            return decimals.format(decimal);
        }
        if (value instanceof LocalDate date) {
            return ReportTexts.DATE.format(date);
        }
        return nfc(value.toString());
    }

    /** Text for an XLSX cell: composed ({@link #nfc}) and never a formula ({@link SpreadsheetText}). */
    static String cell(String text) {
        return SpreadsheetText.safe(nfc(text));
    }

    /**
     * Text in composed form: a name typed with combining marks ("e" + U+0302 + U+0301) prints with the
     * font's precomposed Vietnamese letter ("ế") and compares equal to the same name typed composed.
     */
    static String nfc(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
