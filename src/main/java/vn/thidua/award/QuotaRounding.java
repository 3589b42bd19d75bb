package vn.thidua.award;

/** How a quota's share of its basis becomes a whole number of awards. */
public enum QuotaRounding {
    DOWN, HALF_UP, UP
}
