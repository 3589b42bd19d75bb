package vn.thidua.pledge;

import vn.thidua.shared.ConflictException;

/** The subject already has a pledge in this campaign (409); pages lead to it. */
public class DuplicatePledgeException extends ConflictException {

    private final Long existingId;

    public DuplicatePledgeException(Long existingId) {
        super(existingId == null ? "pledge.duplicate.race" : "pledge.duplicate", String.valueOf(existingId));
        this.existingId = existingId;
    }

    /** The pledge already there, or {@code null} when two requests raced and the database refused one. */
    public Long getExistingId() {
        return existingId;
    }
}
