package vn.thidua.security;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

public final class LoginMessages {

    /** Vietnam's time: the office's clock, whatever the server's zone. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private LoginMessages() {
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(OFFICE_ZONE));
    }
}
