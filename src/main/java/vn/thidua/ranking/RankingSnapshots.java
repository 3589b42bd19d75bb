package vn.thidua.ranking;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignStatusChanged;
import vn.thidua.organisation.SubjectType;

/**
 * Freezes a campaign's result when it closes (DESIGN §4): the participants, their totals and ranks
 * are copied into {@code ranking_snapshot} in the closing transaction itself, so a campaign is never
 * CLOSED without its published ranking. The database refuses later changes to the copy.
 */
@Component
class RankingSnapshots {

    private final RankingQueries queries;

    RankingSnapshots(RankingQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void on(CampaignStatusChanged change) {
        if (change.to() == CampaignStatus.CLOSED && !queries.frozen(change.campaign().getId())) {
            queries.freeze(change.campaign(), SubjectType.INDIVIDUAL);
            queries.freeze(change.campaign(), SubjectType.COLLECTIVE);
        }
    }
}
