package vn.thidua.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/**
 * Sign-in refused because of too many failures; says until when, and whether the lock is of this
 * address ({@link LoginThrottle.Scope#ADDRESS}) or of the username everywhere. Given for unknown
 * usernames exactly as for known ones.
 */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;
    private final LoginThrottle.Scope scope;

    public AccountLockedException(Instant lockedUntil, LoginThrottle.Scope scope) {
        super("locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
        this.scope = scope;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public LoginThrottle.Scope getScope() {
        return scope;
    }
}
