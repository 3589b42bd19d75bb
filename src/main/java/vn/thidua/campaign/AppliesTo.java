package vn.thidua.campaign;

import vn.thidua.organisation.SubjectType;

/** Whom a criterion scores: individuals, collectives (units) or both. */
public enum AppliesTo {
    INDIVIDUAL, COLLECTIVE, BOTH;

    public boolean includes(SubjectType subject) {
        return this == BOTH || name().equals(subject.name());
    }
}
