package vn.thidua.pledge.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignLinks;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeReader;
import vn.thidua.pledge.RegistrationWindow;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where pledges are reached from: "Đăng ký thi đua" for everyone who is a person, the heads'
 * registration list, the board's overview; on a campaign, the same, "my pledge" opening the pledge
 * itself (or its form), not the list of campaigns the reader came through.
 */
@Component
@Order(10)
class PledgeNavigation implements MenuEntries, CampaignLinks {

    private final PledgeReader pledges;
    private final RegistrationWindow window;

    PledgeNavigation(PledgeReader pledges, RegistrationWindow window) {
        this.pledges = pledges;
        this.window = window;
    }

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
        myPledge(campaign, user).ifPresent(links::add);
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

    /**
     * "My pledge" goes to the pledge itself, or to the form while one may still be written; a
     * campaign that no longer takes pledges shows it only when there is one to read.
     */
    private Optional<NavLink> myPledge(Campaign campaign, CurrentUser user) {
        if (user.individualId() == null || campaign.getStatus() == CampaignStatus.DRAFT) {
            return Optional.empty();
        }
        Optional<Pledge> own = pledges.find(campaign.getId(), SubjectType.INDIVIDUAL, user.individualId());
        String href;
        if (own.isPresent()) {
            href = "/pledges/" + own.get().getId();
        } else if (RegistrationWindow.takesPledges(campaign.getStatus())) {
            href = window.isOpen(campaign) && user.unitId() != null
                    && !pledges.takingPart(List.of(campaign), user.unitId()).isEmpty()
                    ? "/campaigns/" + campaign.getId() + "/pledges/new" : "/pledges";
        } else {
            return Optional.empty();
        }
        return Optional.of(new NavLink("workPledge", "campaign.work.pledge", href, "bi-pencil-square", "primary"));
    }
}
