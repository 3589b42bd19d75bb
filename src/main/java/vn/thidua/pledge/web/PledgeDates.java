package vn.thidua.pledge.web;

import org.springframework.stereotype.Component;
import vn.thidua.shared.OfficeTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Timestamps on pledge pages in Viet Nam's time: {@code ${@pledgeDates.date(row.submittedAt())}}. */
@Component("pledgeDates")
public class PledgeDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(OfficeTime.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(OfficeTime.ZONE);

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }
}
