package vn.thidua.organisation.web;

import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** The organisation's pages in the admin's "Tổ chức" menu: units, people, and the import last. */
@Component
class OrganisationMenu implements MenuEntries {

    static final String GROUP = "nav.organisation";

    @Override
    public List<Entry> menu() {
        if (!CurrentUser.find().map(CurrentUser::isAdmin).orElse(false)) {
            return List.of();
        }
        return List.of(Entry.in(GROUP, 10, NavLink.menu(null, "nav.units", "/admin/units")),
                Entry.in(GROUP, 20, NavLink.menu(null, "nav.individuals", "/admin/individuals")),
                Entry.afterDivider(GROUP, 90, NavLink.menu(null, "nav.import", "/admin/import")));
    }
}
