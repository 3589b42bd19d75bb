package vn.thidua.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one rule for shares shown to people (pages, PDF, XLSX): a percentage rounded half up to one
 * decimal, always with that decimal, so a column of shares lines up and small shares are not lost
 * (1/6 → "16,7 %", 1/8 → "12,5 %", 1/200 → "0,5 %", 1/2 → "50,0 %"). Vietnamese writes a decimal
 * comma and a space before the sign ("16,7 %"), English a point and no space ("16.7%"). A share of
 * nothing (whole 0) is 0.
 */
public final class Percentages {

    private Percentages() {
    }

    /** {@code part} of {@code whole} in percent, rounded half up to one decimal (16.7 for 1/6). */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The same share as a fraction of 1 with three decimals (0.167 for 1/6), for spreadsheets' "0.0%". */
    public static BigDecimal fraction(long part, long whole) {
        return percent(part, whole).movePointLeft(2);
    }

    /** "16,7 %" in Vietnamese, "16.7%" in English. */
    public static String format(long part, long whole, Locale locale) {
        return format(percent(part, whole), locale);
    }

    /** A percentage already rounded to one decimal, written for {@code locale}. */
    public static String format(BigDecimal percent, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(percent);
        return "vi".equals(locale.getLanguage()) ? number + " %" : number + "%";
    }
}
