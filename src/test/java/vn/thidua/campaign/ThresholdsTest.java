package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Classification thresholds: defaults 90 / 70 / 50, compared by value. */
class ThresholdsTest {

    private static Thresholds of(String excellent, String good, String pass) {
        return new Thresholds(excellent == null ? null : new BigDecimal(excellent),
                good == null ? null : new BigDecimal(good), pass == null ? null : new BigDecimal(pass));
    }

    @Test
    void theDefaultsAre90_70_50() {
        Thresholds none = of(null, null, null).orDefaults();
        assertThat(none.excellent()).isEqualByComparingTo("90");
        assertThat(none.good()).isEqualByComparingTo("70");
        assertThat(none.pass()).isEqualByComparingTo("50");
    }

    @Test
    void eachMissingValueTakesItsDefaultTheOthersAreKept() {
        Thresholds excellentOnly = of("95", null, null).orDefaults();
        assertThat(excellentOnly.excellent()).isEqualByComparingTo("95");
        assertThat(excellentOnly.good()).isEqualByComparingTo("70");
        assertThat(excellentOnly.pass()).isEqualByComparingTo("50");
        Thresholds goodOnly = of(null, "75", null).orDefaults();
        assertThat(goodOnly.excellent()).isEqualByComparingTo("90");
        assertThat(goodOnly.good()).isEqualByComparingTo("75");
        assertThat(goodOnly.pass()).isEqualByComparingTo("50");
        Thresholds passOnly = of(null, null, "40").orDefaults();
        assertThat(passOnly.excellent()).isEqualByComparingTo("90");
        assertThat(passOnly.good()).isEqualByComparingTo("70");
        assertThat(passOnly.pass()).isEqualByComparingTo("40");
    }

    @Test
    void theSameThresholdsAreTheSameValuesWhateverTheScale() {
        assertThat(of("90", "70", "50").sameAs(of("90.00", "70.0", "50.00"))).isTrue();
        assertThat(of("90", "70", "50").sameAs(null)).isFalse();
        assertThat(of("90", "70", "50").sameAs(of("90.01", "70", "50"))).isFalse();
        assertThat(of("90", "70", "50").sameAs(of("90", "69.99", "50"))).isFalse();
        assertThat(of("90", "70", "50").sameAs(of("90", "70", "50.01"))).isFalse();
    }
}
