package vn.thidua.campaign;

/** Who is scored, pledges and receives titles: an individual or a collective (unit). */
public enum SubjectType {
    INDIVIDUAL, COLLECTIVE
}
