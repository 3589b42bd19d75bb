package vn.thidua.campaign.web;

import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** The campaigns, first in the menu for everyone signed in: that is where their work is. */
@Component
class CampaignMenu implements MenuEntries {

    @Override
    public List<Entry> menu() {
        return CurrentUser.find().isEmpty() ? List.of()
                : List.of(Entry.bar(10, NavLink.menu(null, "nav.campaigns", "/campaigns")));
    }
}
