package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * Classification thresholds (DESIGN §4): a total of at least {@code excellent} is EXCELLENT, at
 * least {@code good} GOOD, at least {@code pass} PASS, otherwise FAIL.
 */
@Embeddable
public record Thresholds(
        @Column(name = "threshold_excellent", nullable = false, precision = 6, scale = 2) BigDecimal excellent,
        @Column(name = "threshold_good", nullable = false, precision = 6, scale = 2) BigDecimal good,
        @Column(name = "threshold_pass", nullable = false, precision = 6, scale = 2) BigDecimal pass) {

    public static final Thresholds DEFAULTS =
            new Thresholds(new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("50.00"));

    /** Missing values take the defaults (90 / 70 / 50). */
    public Thresholds orDefaults() {
        return new Thresholds(excellent != null ? excellent : DEFAULTS.excellent,
                good != null ? good : DEFAULTS.good, pass != null ? pass : DEFAULTS.pass);
    }

    public boolean sameAs(Thresholds other) {
        return other != null && excellent.compareTo(other.excellent) == 0 && good.compareTo(other.good) == 0
                && pass.compareTo(other.pass) == 0;
    }
}
