package vn.thidua.shared.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What every report shows: its title (e.g. "BẢNG XẾP HẠNG CÁ NHÂN"), the campaign, the date it was drawn
 * up, and the language of its fixed wording and numbers.
 */
public record ReportHeader(String title, String campaignName, LocalDate date, Locale locale) {

    public ReportHeader {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
        campaignName = campaignName == null ? "" : campaignName;
    }
}
