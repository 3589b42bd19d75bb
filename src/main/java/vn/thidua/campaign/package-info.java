/**
 * Campaigns, their criteria, lifecycle and titles catalogue; who takes part. Other features put
 * their links on a campaign's page through {@link vn.thidua.campaign.CampaignLinks}.
 */
@ApplicationModule(displayName = "Campaign",
        allowedDependencies = {"shared", "shared :: web", "audit", "security", "organisation"})
package vn.thidua.campaign;

import org.springframework.modulith.ApplicationModule;
