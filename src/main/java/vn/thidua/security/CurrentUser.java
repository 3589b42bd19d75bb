package vn.thidua.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the account, its effective roles and the individual (and unit) it stands for.
 * Services authorise against this, not against URLs.
 */
public record CurrentUser(Long accountId, String username, String displayName, Set<Role> roles, Long individualId,
                          Long unitId) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** ADMIN and BOARD read everything (DESIGN §2). */
    public boolean readsEverything() {
        return has(Role.ADMIN) || has(Role.BOARD);
    }

    /**
     * Does the caller do the board's work: decide about units' pledges, score units, reopen
     * evaluations? Members of the board, and admins (the emulation office acts for the board).
     */
    public boolean actsAsBoard() {
        return has(Role.BOARD) || has(Role.ADMIN);
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The caller; only for code behind authenticated URLs. */
    public static CurrentUser get() {
        return find().orElseThrow(() ->
                new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
