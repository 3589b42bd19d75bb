package vn.thidua.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** Sign-in refused because of too many failures; says until when. */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
