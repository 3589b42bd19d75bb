package vn.thidua.pledge;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a reason) → SUBMITTED … (DESIGN §3). */
public enum PledgeStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The subject may still change what they pledged. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The status's name in the reader's language, usable as a message argument. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"pledge.status." + name()}, name());
    }
}
