package vn.thidua.award;

import java.math.BigDecimal;

/**
 * A title's quota (organisation policy, DESIGN §5): when enabled, at most {@code percent}% of the
 * unit's {@code basisTitle} count, rounded by {@code rounding}.
 */
public record Quota(String titleCode, boolean enabled, BigDecimal percent, String basisTitle, QuotaRounding rounding,
                    long version) {
}
