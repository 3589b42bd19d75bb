package vn.thidua.campaign;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The lifecycle of a campaign (DESIGN §4, Art. 17 of the Law on Emulation and Commendation 2022):
 * launch, carry out, inspect, summarise and award. Only one step forward at a time.
 */
public enum CampaignStatus {
    DRAFT, REGISTRATION, IN_PROGRESS, SCORING, REVIEW, CLOSED;

    /** The only status this one may move to, or {@code null} for CLOSED. */
    public CampaignStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean isAfter(CampaignStatus other) {
        return ordinal() > other.ordinal();
    }

    /** The status's name in the reader's language, usable as a message argument. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"campaign.status." + name()}, name());
    }
}
