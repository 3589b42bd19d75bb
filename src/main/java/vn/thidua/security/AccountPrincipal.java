package vn.thidua.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;

/**
 * The signed-in account as Spring Security sees it; kept small because it lives in the session,
 * which is stored in PostgreSQL (serialised).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this(user, passwordHash, enabled, false);
    }

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser currentUser() {
        return user;
    }

    /** Signed in with an initial password: {@link PasswordChangeRequiredFilter} lets nothing else through. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same sign-in once the password has been changed. */
    AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(user, null, enabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    /** Locks are of a username and an address, kept by {@link LoginThrottle}, not of the account. */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.user.accountId().equals(user.accountId());
    }

    @Override
    public int hashCode() {
        return user.accountId().hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }
}
