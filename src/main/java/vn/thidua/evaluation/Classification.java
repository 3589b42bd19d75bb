package vn.thidua.evaluation;

/** Xếp loại (DESIGN §4), from the campaign's thresholds. */
public enum Classification {
    EXCELLENT, GOOD, PASS, FAIL
}
