package vn.thidua.campaign;

/**
 * Published inside the transaction that moves a campaign one step in its lifecycle, so that other
 * features can act in the same transaction (closing freezes the ranking): if they fail, the
 * campaign does not move.
 */
public record CampaignStatusChanged(Campaign campaign, CampaignStatus from, CampaignStatus to) {
}
