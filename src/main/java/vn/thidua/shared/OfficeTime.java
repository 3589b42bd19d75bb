package vn.thidua.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The office's clock: deadlines, "today" and printed times are Hà Nội time, whatever the server's zone. */
public final class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private OfficeTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
