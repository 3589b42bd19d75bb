package vn.thidua.award.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.award.AwardSource;
import vn.thidua.award.record.AwardImportReader.ImportRow;
import vn.thidua.award.record.TitleLookup.TitleInfo;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.InvalidRowsException.RowProblem;
import vn.thidua.shared.OfficeTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static vn.thidua.award.record.AwardImportColumn.DECISION_DATE;
import static vn.thidua.award.record.AwardImportColumn.DECISION_NUMBER;
import static vn.thidua.award.record.AwardImportColumn.SUBJECT_CODE;
import static vn.thidua.award.record.AwardImportColumn.SUBJECT_TYPE;
import static vn.thidua.award.record.AwardImportColumn.TITLE_CODE;
import static vn.thidua.award.record.AwardImportColumn.YEAR;

/**
 * Imports titles of past years (ADMIN): every row is checked before anything is written, and one bad
 * row imports nothing (400 with every bad row). A row already in the record with the same decision
 * is unchanged, so importing a file twice changes nothing; the same award with another decision is a
 * bad row (the record keeps one decision per subject, title and year).
 */
@Service
public class TitleAwardImport {

    public record Result(int created, int unchanged) {
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Spreadsheets count days from 30/12/1899. */
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

    private final AwardImportReader reader = new AwardImportReader();
    private final RecordService records;
    private final TitleLookup titles;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    TitleAwardImport(RecordService records, TitleLookup titles, JdbcClient jdbc, AuditLog audit) {
        this.records = records;
        this.titles = titles;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Planned(int row, Subject subject, String titleCode, int year, String decisionNumber,
                           LocalDate decisionDate) {
        String key() {
            return subject.type() + "/" + subject.id() + "/" + titleCode + "/" + year;
        }
    }

    @Transactional
    public Result importFile(byte[] content) {
        RecordService.checkAdmin();
        List<ImportRow> rows = reader.read(content);
        Map<String, TitleInfo> catalogue = new HashMap<>();
        for (TitleInfo title : titles.all()) {
            catalogue.put(title.code(), title);
            catalogue.putIfAbsent(AwardImportColumn.normalise(title.name()), title);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            int before = problems.size();
            Optional<SubjectType> type = subjectType(row, problems);
            Subject subject = type.map(t -> subject(t, row, problems)).orElse(null);
            TitleInfo title = title(row, catalogue, type.orElse(null), problems);
            Integer year = year(row, problems);
            String number = row.get(DECISION_NUMBER);
            if (number != null && number.length() > 64) {
                problems.add(new RowProblem(row.row(), DECISION_NUMBER.header(), "record.error.tooLong", 64));
            }
            LocalDate date = date(row, problems);
            if (problems.size() > before) {
                continue;
            }
            Planned plan = new Planned(row.row(), subject, title.code(), year, number, date);
            Integer first = seen.putIfAbsent(plan.key(), row.row());
            if (first != null) {
                problems.add(new RowProblem(row.row(), TITLE_CODE.header(), "record.import.duplicate", String.valueOf(first)));
                continue;
            }
            planned.add(plan);
        }
        List<Planned> toCreate = new ArrayList<>();
        int unchanged = 0;
        for (Planned plan : planned) {
            Optional<RecordService.Award> existing = records.existing(plan.subject().type(), plan.subject().id(),
                    plan.titleCode(), plan.year());
            if (existing.isEmpty()) {
                toCreate.add(plan);
            } else if (Objects.equals(existing.get().decisionNumber(), plan.decisionNumber())
                    && Objects.equals(existing.get().decisionDate(), plan.decisionDate())) {
                unchanged++;
            } else {
                problems.add(new RowProblem(plan.row(), DECISION_NUMBER.header(), "record.import.otherDecision",
                        plan.titleCode(), String.valueOf(plan.year()), existing.get().decisionNumber() == null ? "—"
                                : existing.get().decisionNumber()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRowsException("import.failed", problems);
        }
        for (Planned plan : toCreate) {
            records.insert(plan.subject(), plan.titleCode(), plan.year(), plan.decisionNumber(), plan.decisionDate(),
                    AwardSource.IMPORT);
        }
        Result result = new Result(toCreate.size(), unchanged);
        audit.record(AuditLog.entry("TITLE_AWARD", null, "IMPORT").newValue(result));
        return result;
    }

    private static Optional<SubjectType> subjectType(ImportRow row, List<RowProblem> problems) {
        String value = row.get(SUBJECT_TYPE);
        if (value == null) {
            problems.add(new RowProblem(row.row(), SUBJECT_TYPE.header(), "record.error.required"));
            return Optional.empty();
        }
        return switch (AwardImportColumn.normalise(value)) {
            case "individual", "canhan" -> Optional.of(SubjectType.INDIVIDUAL);
            case "collective", "tapthe", "donvi" -> Optional.of(SubjectType.COLLECTIVE);
            default -> {
                problems.add(new RowProblem(row.row(), SUBJECT_TYPE.header(), "record.import.subjectType", value));
                yield Optional.empty();
            }
        };
    }

    private Subject subject(SubjectType type, ImportRow row, List<RowProblem> problems) {
        String code = row.get(SUBJECT_CODE);
        if (code == null) {
            problems.add(new RowProblem(row.row(), SUBJECT_CODE.header(), "record.error.required"));
            return null;
        }
        String table = type == SubjectType.INDIVIDUAL ? "individual" : "unit";
        Optional<Long> id = jdbc.sql("select id from " + table + " where upper(code) = upper(:code)")
                .param("code", code).query(Long.class).optional();
        if (id.isEmpty()) {
            problems.add(new RowProblem(row.row(), SUBJECT_CODE.header(), type == SubjectType.INDIVIDUAL
                    ? "record.import.unknownIndividual" : "record.import.unknownUnit", code));
            return null;
        }
        String name = jdbc.sql("select " + (type == SubjectType.INDIVIDUAL ? "full_name" : "name") + " from " + table
                + " where id = :id").param("id", id.get()).query(String.class).single();
        return new Subject(type, id.get(), code.toUpperCase(Locale.ROOT), name, null, null, null, null, true);
    }

    private static TitleInfo title(ImportRow row, Map<String, TitleInfo> catalogue, SubjectType type,
                                   List<RowProblem> problems) {
        String value = row.get(TITLE_CODE);
        if (value == null) {
            problems.add(new RowProblem(row.row(), TITLE_CODE.header(), "record.error.required"));
            return null;
        }
        TitleInfo title = catalogue.get(value.toUpperCase(Locale.ROOT));
        if (title == null) {
            title = catalogue.get(AwardImportColumn.normalise(value));
        }
        if (title == null) {
            problems.add(new RowProblem(row.row(), TITLE_CODE.header(), "record.error.title.unknown", value));
            return null;
        }
        if (type != null && !title.fits(type)) {
            problems.add(new RowProblem(row.row(), TITLE_CODE.header(), "record.error.title.notFor" + type.name(),
                    title.code()));
        }
        return title;
    }

    private static Integer year(ImportRow row, List<RowProblem> problems) {
        String value = row.get(YEAR);
        if (value == null) {
            problems.add(new RowProblem(row.row(), YEAR.header(), "record.error.required"));
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row.row(), YEAR.header(), "record.import.year", value));
            return null;
        }
        List<vn.thidua.shared.InvalidInputException.FieldProblem> fieldProblems = new ArrayList<>();
        RecordService.year(year, YEAR.header(), fieldProblems);
        fieldProblems.forEach(p -> problems.add(new RowProblem(row.row(), p.field(), p.messageKey(), p.arguments())));
        return fieldProblems.isEmpty() ? year : null;
    }

    /** yyyy-MM-dd, dd/MM/yyyy, or a spreadsheet date (a number of days); not after today. */
    private static LocalDate date(ImportRow row, List<RowProblem> problems) {
        String value = row.get(DECISION_DATE);
        if (value == null) {
            return null;
        }
        LocalDate date = null;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = LocalDate.parse(value);
            } else if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                date = LocalDate.parse(value, VIETNAMESE_DATE);
            } else if (value.matches("\\d{1,6}(\\.0+)?")) {
                date = SPREADSHEET_EPOCH.plusDays(new BigDecimal(value).longValue());
            }
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            problems.add(new RowProblem(row.row(), DECISION_DATE.header(), "record.import.date", value));
        } else if (date.isAfter(OfficeTime.today()) || date.getYear() < RecordService.FIRST_YEAR) {
            problems.add(new RowProblem(row.row(), DECISION_DATE.header(), "record.error.date.future"));
            return null;
        }
        return date;
    }
}
