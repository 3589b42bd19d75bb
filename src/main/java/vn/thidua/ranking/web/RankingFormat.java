package vn.thidua.ranking.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers on the ranking pages, in the reader's language: totals always with two decimals
 * ("92,50" in Vietnamese, "92.50" in English), shares as percentages with one decimal.
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

    /** {@code part} of {@code whole} as "33,3 %" (0 when there is no whole). */
    public String percent(long part, long whole) {
        BigDecimal share = whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return format("0.#").format(share) + " %";
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
    }
}
