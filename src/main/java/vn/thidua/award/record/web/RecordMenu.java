package vn.thidua.award.record.web;

import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.ArrayList;
import java.util.List;

/**
 * "Hồ sơ thi đua của tôi" under the person's name for everyone who is a person (the bar of a unit head is
 * full at 1366 px); the import of past titles for admins.
 */
@Component
class RecordMenu implements MenuEntries {

    @Override
    public List<Entry> menu() {
        List<Entry> entries = new ArrayList<>();
        CurrentUser.find().ifPresent(user -> {
            if (user.individualId() != null) {
                entries.add(Entry.personal(10, NavLink.menu("navMyRecord", "record.nav.mine",
                        "/individuals/" + user.individualId() + "/record")));
            }
            if (user.isAdmin()) {
                entries.add(Entry.afterDivider("nav.organisation", 92,
                        NavLink.menu("navTitleImport", "record.nav.import", "/admin/title-awards/import")));
            }
        });
        return entries;
    }
}
