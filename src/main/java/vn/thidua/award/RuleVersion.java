package vn.thidua.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A title's rules from {@code effectiveFrom} to {@code effectiveTo} (null: still in force): every clause
 * must hold for the title.
 */
public record RuleVersion(String titleCode, int version, LocalDate effectiveFrom, LocalDate effectiveTo, String note,
                          String createdBy, Instant createdAt, List<RuleClause> clauses) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
