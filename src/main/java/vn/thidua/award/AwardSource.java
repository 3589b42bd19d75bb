package vn.thidua.award;

/** Where a title award comes from: an import of past years, a hand entry, or a decision of this product. */
public enum AwardSource {
    IMPORT, MANUAL, DECISION
}
