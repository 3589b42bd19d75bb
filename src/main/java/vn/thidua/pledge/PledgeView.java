package vn.thidua.pledge;

import vn.thidua.organisation.Subject;

/**
 * A pledge as its reader sees it, with what they may do now: edit and submit it (the subject, while
 * registration is open and the pledge is DRAFT or RETURNED), approve or return it (the decider,
 * while it is SUBMITTED). Pages ask these, not the status.
 */
public record PledgeView(Pledge pledge, Subject subject, boolean registrationOpen, boolean mayWrite,
                         boolean mayDecide) {

    public boolean canEdit() {
        return mayWrite && registrationOpen && pledge.getStatus().isEditable();
    }

    /** The subject may take a submitted pledge back to DRAFT while nobody has decided and registration is open. */
    public boolean canWithdraw() {
        return mayWrite && registrationOpen && pledge.getStatus() == PledgeStatus.SUBMITTED;
    }

    public boolean canDecide() {
        return mayDecide && pledge.getStatus() == PledgeStatus.SUBMITTED;
    }
}
