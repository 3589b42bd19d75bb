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

    public boolean canDecide() {
        return mayDecide && pledge.getStatus() == PledgeStatus.SUBMITTED;
    }
}
