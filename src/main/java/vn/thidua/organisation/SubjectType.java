package vn.thidua.organisation;

/** Who is scored, pledges and receives titles: an individual or a collective (unit). */
public enum SubjectType {
    INDIVIDUAL, COLLECTIVE
}
