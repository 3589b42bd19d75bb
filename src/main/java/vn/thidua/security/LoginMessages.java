package vn.thidua.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.thidua.shared.OfficeTime;

public final class LoginMessages {

    /** Vietnam's time: the office's clock, whatever the server's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private LoginMessages() {
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(OfficeTime.ZONE));
    }
}
