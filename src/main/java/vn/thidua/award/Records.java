package vn.thidua.award;

import vn.thidua.organisation.SubjectType;

/**
 * Reads the facts the title rules read (DESIGN §5), for eligibility and the record pages. Reading
 * checks the caller: the subject itself, a head of its unit or a unit above it, the board and admins.
 */
public interface Records {

    /** The record of this subject, latest year first; 404 unknown, 403 outside the caller's scope. */
    SubjectRecord of(SubjectType type, Long subjectId);
}
