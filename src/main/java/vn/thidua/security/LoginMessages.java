package vn.thidua.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;

public final class LoginMessages {

    /** Vietnam's time: the office's clock, whatever the server's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private LoginMessages() {
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(OfficeTime.ZONE));
    }

    /** Why a sign-in is refused for now, the same words whether or not the username exists. */
    public static String locked(Messages messages, AccountLockedException locked, int maxFailures) {
        return locked.getScope() == LoginThrottle.Scope.USERNAME
                ? messages.get("login.lockedEverywhere", time(locked.getLockedUntil()))
                : messages.get("login.locked", time(locked.getLockedUntil()), maxFailures);
    }
}
