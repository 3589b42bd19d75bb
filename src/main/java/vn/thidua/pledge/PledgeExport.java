package vn.thidua.pledge;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.report.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registration list as XLSX (Bảng tổng hợp đăng ký thi đua): one sheet of individuals with a
 * unit column, one of counts per unit, one of collective pledges; headers and statuses in the
 * reader's language, dates as date cells (dd/mm/yyyy).
 */
@Component
public class PledgeExport {

    private final PledgeLists lists;
    private final TitleCatalogue titles;
    private final Messages messages;

    PledgeExport(PledgeLists lists, TitleCatalogue titles, Messages messages) {
        this.lists = lists;
        this.titles = titles;
        this.messages = messages;
    }

    public String fileName(Long campaignId) {
        return "dang-ky-thi-dua-" + campaignId + ".xlsx";
    }

    public void write(Long campaignId, OutputStream out) {
        PledgeLists.Registrations data = lists.forExport(campaignId);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> titleNames = titles.findAll().stream()
                .collect(Collectors.toMap(Title::getCode, t -> t.displayName(locale)));
        Function<String, String> title = code -> code == null ? "" : titleNames.getOrDefault(code, code);
        try {
            Workbook workbook = new Workbook(out, "Thi dua", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("pledge.export.sheet.individuals"));
            String[] headers = {"pledge.export.no", "pledge.export.code", "pledge.export.fullName",
                    "pledge.export.unit", "pledge.export.position", "pledge.export.targetTitle",
                    "pledge.export.status", "pledge.export.submittedAt"};
            heading(sheet, data, headers.length);
            header(sheet, 3, headers);
            int r = 4;
            int no = 1;
            for (RegistrationRow row : data.rows().getContent()) {
                sheet.value(r, 0, no++);
                sheet.value(r, 1, text(row.code()));
                sheet.value(r, 2, text(row.fullName()));
                sheet.value(r, 3, text(row.unitName()));
                sheet.value(r, 4, row.position() == null ? "" : text(row.position()));
                sheet.value(r, 5, text(title.apply(row.targetTitle())));
                sheet.value(r, 6, status(row.status()));
                date(sheet, r, 7, row.submittedAt());
                r++;
            }
            widths(sheet, 6, 12, 28, 36, 22, 30, 18, 12);

            unitSheet(workbook.newWorksheet(messages.get("pledge.export.sheet.units")), data);

            Worksheet units = workbook.newWorksheet(messages.get("pledge.export.sheet.collectives"));
            String[] unitHeaders = {"pledge.export.no", "pledge.export.code", "pledge.export.unit",
                    "pledge.export.targetTitle", "pledge.export.status", "pledge.export.submittedAt"};
            heading(units, data, unitHeaders.length);
            header(units, 3, unitHeaders);
            r = 4;
            no = 1;
            for (PledgeRow row : data.collectivePledges()) {
                units.value(r, 0, no++);
                units.value(r, 1, text(row.subjectCode()));
                units.value(r, 2, text(row.subjectName()));
                units.value(r, 3, text(title.apply(row.targetTitle())));
                units.value(r, 4, status(row.status()));
                date(units, r, 5, row.submittedAt());
                r++;
            }
            widths(units, 6, 12, 40, 30, 18, 12);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Per unit (in the order of the list): its people, registered (submitted or approved), then each
     * status and those with no pledge, and a total row: the overview's figures for the units listed.
     */
    private void unitSheet(Worksheet sheet, PledgeLists.Registrations data) {
        String[] headers = {"pledge.export.no", "pledge.export.unit", "pledge.overview.members",
                "pledge.overview.registered", "pledge.status.DRAFT", "pledge.status.SUBMITTED",
                "pledge.status.APPROVED", "pledge.status.RETURNED", "pledge.status.MISSING"};
        heading(sheet, data, headers.length);
        header(sheet, 3, headers);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        long[] total = new long[7];
        for (RegistrationRow row : data.rows().getContent()) {
            names.putIfAbsent(row.unitId(), row.unitName());
            long[] unit = counts.computeIfAbsent(row.unitId(), id -> new long[7]);
            for (long[] tally : List.of(unit, total)) {
                tally[0]++;
                PledgeStatus status = row.status();
                if (status == PledgeStatus.SUBMITTED || status == PledgeStatus.APPROVED) {
                    tally[1]++;
                }
                tally[status == null ? 6 : 2 + status.ordinal()]++;
            }
        }
        int r = 4;
        int no = 1;
        for (Map.Entry<Long, long[]> unit : counts.entrySet()) {
            sheet.value(r, 0, no++);
            sheet.value(r, 1, text(names.get(unit.getKey())));
            counts(sheet, r++, unit.getValue());
        }
        sheet.value(r, 1, text(messages.get("pledge.overview.total")));
        sheet.style(r, 1).bold().set();
        counts(sheet, r, total);
        widths(sheet, 6, 40, 10, 12, 10, 10, 10, 12, 14);
    }

    private static void counts(Worksheet sheet, int r, long[] counts) {
        for (int c = 0; c < counts.length; c++) {
            sheet.value(r, 2 + c, counts[c]);
        }
    }

    private void heading(Worksheet sheet, PledgeLists.Registrations data, int columns) {
        sheet.value(0, 0, text(messages.get("pledge.export.title")));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.value(1, 0, text(data.campaign().getName()));
        sheet.range(1, 0, 1, columns - 1).merge();
    }

    private void header(Worksheet sheet, int row, String[] keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(row, c, text(messages.get(keys[c])));
            sheet.style(row, c).bold().fillColor("DDDDDD").borderStyle("thin").set();
        }
    }

    private static void widths(Worksheet sheet, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    /** What people typed (names, units, positions) is never run as a formula: see {@link SpreadsheetText}. */
    private static String text(String value) {
        return SpreadsheetText.safe(value);
    }

    private String status(PledgeStatus status) {
        return status == null ? messages.get("pledge.status.MISSING") : messages.get("pledge.status." + status.name());
    }

    /** A date cell (a number Excel sorts and filters by) shown dd/mm/yyyy, the day in Viet Nam. */
    private static void date(Worksheet sheet, int r, int c, Instant at) {
        if (at == null) {
            sheet.value(r, c, ""); // the row keeps its last column, as the other empty cells do
            return;
        }
        sheet.value(r, c, LocalDate.ofInstant(at, OfficeTime.ZONE));
        sheet.style(r, c).format("dd/mm/yyyy").set();
    }
}
