package vn.thidua.shared.embedded;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** "Sao lưu dữ liệu" in the admin's "Tổ chức" menu, below a divider, when the database is the embedded one. */
@Component
class BackupMenu implements MenuEntries {

    private final org.springframework.core.env.Environment environment;

    BackupMenu(org.springframework.core.env.Environment environment) {
        this.environment = environment;
    }

    @Override
    public List<Entry> menu() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        if (!admin || BackupController.embedded(environment).isEmpty()) {
            return List.of();
        }
        return List.of(Entry.afterDivider("nav.organisation", 90, NavLink.menu(null, "nav.backup", "/admin/backup")));
    }
}
