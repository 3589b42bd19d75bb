package vn.thidua.pledge.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignLinks;
import vn.thidua.pledge.RegistrationWindow;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Where pledges are reached from: "Đăng ký thi đua" for everyone who is a person, the heads'
 * registration list, the board's overview; on a campaign, the same while it takes pledges.
 */
@Component
@Order(10)
class PledgeNavigation implements MenuEntries, CampaignLinks {

    @Override
    public List<Entry> menu() {
        List<Entry> entries = new ArrayList<>();
        CurrentUser.find().ifPresent(user -> {
            if (user.individualId() != null) {
                entries.add(Entry.bar(20, NavLink.menu("navPledges", "nav.pledges", "/pledges")));
            }
            if (user.has(Role.UNIT_HEAD) && !user.readsEverything()) {
                entries.add(Entry.bar(30, NavLink.menu("navRegistrations", "nav.registrations", "/registrations")));
            }
            if (user.readsEverything()) {
                entries.add(Entry.bar(30, NavLink.menu("navPledgeOverview", "nav.pledgeOverview", "/registrations")));
            }
        });
        return entries;
    }

    @Override
    public List<NavLink> links(Campaign campaign, CurrentUser user) {
        List<NavLink> links = new ArrayList<>();
        if (user.individualId() != null && RegistrationWindow.takesPledges(campaign.getStatus())) {
            links.add(new NavLink("workPledge", "campaign.work.pledge", "/pledges", "bi-pencil-square", "primary"));
        }
        if (user.has(Role.UNIT_HEAD) || user.readsEverything()) {
            links.add(new NavLink("workRegistrations", "campaign.work.registrations",
                    "/campaigns/" + campaign.getId() + "/registrations", "bi-list-check", "primary"));
        }
        if (user.readsEverything()) {
            links.add(new NavLink("workOverview", "campaign.work.overview",
                    "/campaigns/" + campaign.getId() + "/registrations/overview", "bi-clipboard-data", "primary"));
        }
        return links;
    }
}
