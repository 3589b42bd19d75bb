package vn.thidua.campaign;

/** How a criterion's points count toward the total (DESIGN §4): added, bonus, or subtracted. */
public enum CriterionKind {
    STANDARD, BONUS, PENALTY
}
