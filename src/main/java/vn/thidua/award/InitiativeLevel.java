package vn.thidua.award;

/** The level that recognised an initiative or research work: cơ sở, cấp Bộ, toàn quốc. */
public enum InitiativeLevel {
    BASE, MINISTRY, NATIONAL
}
