package vn.thidua.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Runs start-up work (demo data) through the same services as people do, as an administrator
 * named after the job, so rules and audit apply to it too.
 */
public final class SystemUser {

    /** The job that loads the demo data: the actor of its audit events. */
    public static final String DEMO_DATA = "demo";

    private SystemUser() {
    }

    /** Whether this actor of the audit trail is a start-up job rather than a person's account. */
    public static boolean isStartUpJob(String actor) {
        return DEMO_DATA.equals(actor);
    }

    public static <T> T runAsAdmin(String name, Supplier<T> work) {
        CurrentUser user = new CurrentUser(0L, name, name, EnumSet.of(Role.ADMIN), null, null);
        AccountPrincipal principal = new AccountPrincipal(user, null, true);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsAdmin(String name, Runnable work) {
        runAsAdmin(name, () -> {
            work.run();
            return null;
        });
    }
}
