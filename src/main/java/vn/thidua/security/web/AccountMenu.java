package vn.thidua.security.web;

import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** The accounts page in the admin's "Tổ chức" menu, after units and people. */
@Component
class AccountMenu implements MenuEntries {

    @Override
    public List<Entry> menu() {
        if (!CurrentUser.find().map(CurrentUser::isAdmin).orElse(false)) {
            return List.of();
        }
        return List.of(Entry.in("nav.organisation", 30, NavLink.menu(null, "nav.accounts", "/admin/accounts")));
    }
}
