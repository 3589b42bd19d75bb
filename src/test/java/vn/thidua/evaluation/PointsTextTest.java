package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Points as people type them: a decimal comma or a point, nothing else (fast, no Spring). */
class PointsTextTest {

    @Test
    void aCommaAndAPointAreTheSameDecimalMark() {
        assertThat(PointsText.parse("12,5")).isEqualTo(new BigDecimal("12.5"));
        assertThat(PointsText.parse("12.5")).isEqualTo(new BigDecimal("12.5"));
        assertThat(PointsText.parse("0,25")).isEqualTo(new BigDecimal("0.25"));
        assertThat(PointsText.parse(",5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(PointsText.parse("7.")).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void surroundingSpacesAndASignAreRead() {
        assertThat(PointsText.parse("  40 ")).isEqualTo(new BigDecimal("40"));
        assertThat(PointsText.parse("+3")).isEqualTo(new BigDecimal("3"));
        // a negative number is still points: the range rule refuses it, naming the range
        assertThat(PointsText.parse("-2,5")).isEqualTo(new BigDecimal("-2.5"));
    }

    @Test
    void decimalsAreKeptAsTyped() {
        // the scale rule (two decimals) is the validation's, so three decimals reach it unchanged
        assertThat(PointsText.parse("12,345")).isEqualTo(new BigDecimal("12.345"));
        assertThat(PointsText.parse("12.50")).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void blankIsNoPoints() {
        assertThat(PointsText.parse(null)).isNull();
        assertThat(PointsText.parse("")).isNull();
        assertThat(PointsText.parse("   ")).isNull();
    }

    @Test
    void anythingElseIsNotPoints() {
        for (String text : new String[] {"1e3", "1E3", "1.000,5", "1,2,3", "12 5", "abc", "mười", "12đ", ".", "-", "0x10"}) {
            assertThatThrownBy(() -> PointsText.parse(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void typedTextThatIsNotPointsIsKeptToBeNamedInTheRefusal() {
        ScoreInput unreadable = ScoreInput.typed(3L, " 1e3 ", "ghi chú");
        assertThat(unreadable.points()).isNull();
        assertThat(unreadable.unreadable()).isEqualTo("1e3");
        assertThat(unreadable.note()).isEqualTo("ghi chú");
        assertThat(unreadable.criterionId()).isEqualTo(3L);

        ScoreInput read = ScoreInput.typed(3L, "8,75", null);
        assertThat(read.points()).isEqualTo(new BigDecimal("8.75"));
        assertThat(read.unreadable()).isNull();

        ScoreInput cleared = ScoreInput.typed(3L, " ", null);
        assertThat(cleared.points()).isNull();
        assertThat(cleared.unreadable()).isNull();
    }
}
