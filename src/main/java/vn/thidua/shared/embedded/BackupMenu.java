package vn.thidua.shared.embedded;

import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/** The backup page in the admin's menu, after the import, when the application runs on its embedded database. */
@Component
class BackupMenu implements MenuEntries {

    private final Environment environment;

    BackupMenu(Environment environment) {
        this.environment = environment;
    }

    @Override
    public List<Entry> menu() {
        // shared knows no account of its own: the role as Spring Security carries it
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        if (!admin || BackupController.embedded(environment).isEmpty()) {
            return List.of();
        }
        return List.of(Entry.in("nav.organisation", 95, NavLink.menu("navBackup", "backup.title", "/admin/backup")));
    }
}
