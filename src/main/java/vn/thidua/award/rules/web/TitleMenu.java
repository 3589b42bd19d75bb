package vn.thidua.award.rules.web;

import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** The titles and their rules, for the emulation office and the board, who propose and vote on them. */
@Component
class TitleMenu implements MenuEntries {

    @Override
    public List<Entry> menu() {
        return CurrentUser.find().filter(CurrentUser::readsEverything)
                .map(user -> List.of(Entry.bar(70, NavLink.menu("navTitles", "nav.titles", "/titles"))))
                .orElse(List.of());
    }
}
