package vn.thidua.shared.report;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The fixed wording of reports (signature titles, page numbers, date lines) from the {@code i18n/report}
 * bundles. Pass this bean to {@link PdfReport#open} / {@link XlsxReport#open}; they take the wording of
 * the header's locale.
 */
@Component
public class ReportTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public Wording forLocale(Locale locale) {
        return new Wording(messages, locale);
    }

    /** The wording in one language. */
    public static final class Wording {

        private final MessageSource messages;
        private final Locale locale;

        private Wording(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }

        /** "Ngày lập: 29/11/2026" / "Date: 29/11/2026". */
        public String dateStamp(LocalDate date) {
            return get("report.date") + ": " + DATE.format(date);
        }

        /** "Trang 3/12" / "Page 3 of 12"; text arguments, so that a writer can put a marker or a code there. */
        public String page(String page, String total) {
            return get("report.page", page, total);
        }

        public String preparedBy() {
            return get("report.signature.preparer");
        }

        public String chairman() {
            return get("report.signature.chairman");
        }

        /** "(Ký, ghi rõ họ tên)". */
        public String signatureHint() {
            return get("report.signature.hint");
        }

        /** "…, ngày 05 tháng 02 năm 2026" (official style: a leading zero for days below 10 and months 1, 2) / "…, 5 February 2026". */
        public String dateLine(LocalDate date) {
            int day = date.getDayOfMonth();
            int month = date.getMonthValue();
            String officialDay = day < 10 ? "0" + day : String.valueOf(day);
            String officialMonth = month <= 2 ? "0" + month : String.valueOf(month);
            return get("report.signature.dateLine", officialDay, officialMonth, String.valueOf(date.getYear()),
                    String.valueOf(day), date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale));
        }

        private String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }
    }
}
