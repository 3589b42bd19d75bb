package vn.thidua.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The one percentage rule, by hand: half up, one decimal always; "16,7 %" in Vietnamese, "16.7%" in English. */
class PercentagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void sharesAreRoundedHalfUpToOneDecimalAndWrittenInTheReadersLanguage() {
        assertThat(Percentages.format(1, 6, VI)).isEqualTo("16,7 %");   // 16.666…, not truncated to 16
        assertThat(Percentages.format(1, 6, Locale.ENGLISH)).isEqualTo("16.7%");
        assertThat(Percentages.format(1, 3, VI)).isEqualTo("33,3 %");   // 33.333…
        assertThat(Percentages.format(2, 3, VI)).isEqualTo("66,7 %");   // 66.666…
        assertThat(Percentages.format(1, 8, VI)).isEqualTo("12,5 %");   // exactly 12.5
        assertThat(Percentages.format(1, 200, VI)).isEqualTo("0,5 %");  // a small share is not lost
        assertThat(Percentages.format(1, 400, VI)).isEqualTo("0,3 %");  // 0.25 → 0.3: half up
        assertThat(Percentages.format(1, 2, VI)).isEqualTo("50,0 %");   // the decimal always shows
        assertThat(Percentages.format(142, 154, Locale.ENGLISH)).isEqualTo("92.2%"); // 92.207…
        assertThat(Percentages.format(6, 6, VI)).isEqualTo("100,0 %");
        assertThat(Percentages.format(0, 0, VI)).isEqualTo("0,0 %");
    }

    @Test
    void theFractionForASpreadsheetIsTheRoundedShare() {
        assertThat(Percentages.fraction(1, 6)).isEqualByComparingTo(new BigDecimal("0.167"));
        assertThat(Percentages.fraction(1, 8)).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(Percentages.fraction(1, 200)).isEqualByComparingTo(new BigDecimal("0.005"));
    }
}
