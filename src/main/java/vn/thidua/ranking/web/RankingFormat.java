package vn.thidua.ranking.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Percentages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers on the ranking pages, in the reader's language: totals always with two decimals
 * ("92,50" in Vietnamese, "92.50" in English), shares as percentages with one decimal, rounded half up ({@link Percentages}).
 * Used from templates as {@code @rankingFormat}.
 */
@Component("rankingFormat")
public class RankingFormat {

    public String points(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code part} of {@code whole} as "33,3 %" ("33.3%" in English) by {@link Percentages}. */
    public String percent(long part, long whole) {
        return Percentages.format(part, whole, LocaleContextHolder.getLocale());
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
    }
}
