package vn.thidua.award.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.award.AwardSource;
import vn.thidua.award.DisciplineForm;
import vn.thidua.award.InitiativeLevel;
import vn.thidua.award.Rating;
import vn.thidua.award.Records;
import vn.thidua.award.SubjectRecord;
import vn.thidua.award.record.CampaignYearRatings.CampaignRating;
import vn.thidua.award.record.TitleLookup.TitleInfo;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.OfficeTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each person's and unit's record: the facts ADMIN enters for past years (title awards, year
 * ratings, initiatives, disciplines) and the record read year by year. Writes are ADMIN only (403
 * before any field is looked at), audited, and refused whole with every bad field (400).
 */
@Service
public class RecordService implements Records {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final SubjectAccess access;
    private final TitleLookup titles;
    private final CampaignYearRatings campaignRatings;
    private final AuditLog audit;

    RecordService(JdbcClient jdbc, SubjectAccess access, TitleLookup titles, CampaignYearRatings campaignRatings,
                  AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.titles = titles;
        this.campaignRatings = campaignRatings;
        this.audit = audit;
    }

    public record AwardData(SubjectType subjectType, Long subjectId, String titleCode, Integer year,
                            String decisionNumber, LocalDate decisionDate) {
    }

    public record Award(Long id, SubjectType subjectType, Long subjectId, String titleCode, int year,
                        String decisionNumber, LocalDate decisionDate, AwardSource source) {
    }

    public record InitiativeData(String title, List<Long> individualIds, InitiativeLevel level, Integer year,
                                 String decisionNumber, LocalDate decisionDate) {
    }

    public record DisciplineData(Long individualId, DisciplineForm form, LocalDate from, LocalDate to,
                                 String reason) {
    }

    /** A rating as saved, and whether it is the campaign's (then nothing was written). */
    public record YearRating(SubjectType subjectType, Long subjectId, int year, Rating rating, String source,
                             String campaignCode) {
    }

    // Title awards -------------------------------------------------------------------------

    @Transactional
    public Award award(AwardData data) {
        checkAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        Subject subject = subject(data.subjectType(), data.subjectId(), problems);
        Optional<TitleInfo> title = title(data.titleCode(), data.subjectType(), problems);
        year(data.year(), "year", problems);
        decisionNumber(data.decisionNumber(), problems);
        decisionDate(data.decisionDate(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String code = title.orElseThrow().code();
        existing(subject.type(), subject.id(), code, data.year()).ifPresent(a -> {
            throw new ConflictException("record.error.award.duplicate", code, String.valueOf(a.year()),
                    a.decisionNumber() == null ? "—" : a.decisionNumber());
        });
        return insert(subject, code, data.year(), blankToNull(data.decisionNumber()), data.decisionDate(),
                AwardSource.MANUAL);
    }

    /** Writes the award and its audit event; the caller has checked everything. */
    Award insert(Subject subject, String titleCode, int year, String decisionNumber, LocalDate decisionDate,
                 AwardSource source) {
        Long id = jdbc.sql("""
                        insert into title_award (subject_type, subject_id, title_code, year, decision_number,
                                                 decision_date, source, created_by)
                        values (:type, :subject, :title, :year, :number, :date, :source, :by) returning id""")
                .param("type", subject.type().name()).param("subject", subject.id()).param("title", titleCode)
                .param("year", year).param("number", decisionNumber).param("date", decisionDate)
                .param("source", source.name()).param("by", CurrentUser.get().username())
                .query(Long.class).single();
        Award award = new Award(id, subject.type(), subject.id(), titleCode, year, decisionNumber, decisionDate,
                source);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", subject.type() + " " + subject.code());
        values.put("title", titleCode);
        values.put("year", year);
        values.put("decisionNumber", decisionNumber);
        values.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        values.put("source", source.name());
        audit.record(AuditLog.entry("TITLE_AWARD", id, "CREATED").newValue(values));
        return award;
    }

    Optional<Award> existing(SubjectType type, Long subjectId, String titleCode, int year) {
        return awards(type, subjectId, year).stream().filter(a -> a.titleCode().equals(titleCode)).findFirst();
    }

    /** Awards of a subject (a year or all: null). Readers only. */
    public List<Award> awards(SubjectType type, Long subjectId, Integer year) {
        access.rights(CurrentUser.get(), type, subjectId).checkRead();
        return jdbc.sql("""
                        select id, subject_type, subject_id, title_code, year, decision_number, decision_date, source
                        from title_award where subject_type = :type and subject_id = :subject
                          and (cast(:year as integer) is null or year = :year)
                        order by year desc, title_code""")
                .param("type", type.name()).param("subject", subjectId).param("year", year)
                .query(Award.class).list();
    }

    // Year ratings -------------------------------------------------------------------------

    /**
     * Enters the rating of a year. A year with a closed REGULAR campaign that classified the subject
     * takes that classification: the same rating is answered as it is, another one is a conflict.
     */
    @Transactional
    public YearRating rate(SubjectType type, Long subjectId, Integer year, Rating rating) {
        checkAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        Subject subject = subject(type, subjectId, problems);
        year(year, "year", problems);
        if (rating == null) {
            problems.add(new FieldProblem("rating", "record.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<CampaignRating> fromCampaign = campaignRatings.of(type, subjectId, year);
        if (fromCampaign.isPresent()) {
            CampaignRating c = fromCampaign.get();
            if (c.rating() != rating) {
                throw new ConflictException("record.error.rating.campaign", String.valueOf(year), c.campaignName(), c.campaignCode(),
                        c.rating().name());
            }
            return new YearRating(type, subjectId, year, rating, "CAMPAIGN", c.campaignCode());
        }
        Optional<String> old = jdbc.sql("""
                        select rating from year_rating where subject_type = :type and subject_id = :subject
                          and year = :year for update""")
                .param("type", type.name()).param("subject", subjectId).param("year", year)
                .query(String.class).optional();
        if (old.isPresent() && old.get().equals(rating.name())) {
            return new YearRating(type, subjectId, year, rating, "MANUAL", null);
        }
        jdbc.sql("""
                        insert into year_rating (subject_type, subject_id, year, rating, source, updated_by)
                        values (:type, :subject, :year, :rating, 'MANUAL', :by)
                        on conflict (subject_type, subject_id, year) do update
                        set rating = excluded.rating, source = excluded.source, updated_by = excluded.updated_by,
                            updated_at = now(), version = year_rating.version + 1""")
                .param("type", type.name()).param("subject", subjectId).param("year", year)
                .param("rating", rating.name()).param("by", CurrentUser.get().username()).update();
        audit.record(AuditLog.entry("YEAR_RATING", subjectId, old.isPresent() ? "UPDATED" : "CREATED")
                .oldValue(old.map(r -> Map.of("year", year, "rating", r)).orElse(null))
                .newValue(Map.of("subject", type + " " + subject.code(), "year", year, "rating", rating.name())));
        return new YearRating(type, subjectId, year, rating, "MANUAL", null);
    }

    // Initiatives and disciplines ----------------------------------------------------------

    @Transactional
    public SubjectRecord.Initiative initiative(InitiativeData data) {
        checkAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        if (data.title() == null || data.title().isBlank()) {
            problems.add(new FieldProblem("title", "record.error.required"));
        } else if (data.title().strip().length() > 500) {
            problems.add(new FieldProblem("title", "record.error.tooLong", 500));
        }
        List<Long> authors = data.individualIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(data.individualIds()));
        if (authors.isEmpty()) {
            problems.add(new FieldProblem("individualIds", "record.error.initiative.authors"));
        }
        for (Long author : authors) {
            if (author == null || access.find(SubjectType.INDIVIDUAL, author).isEmpty()) {
                problems.add(new FieldProblem("individualIds", "record.error.subject.unknownIndividual", author));
            }
        }
        if (data.level() == null) {
            problems.add(new FieldProblem("level", "record.error.required"));
        }
        year(data.year(), "year", problems);
        decisionNumber(data.decisionNumber(), problems);
        decisionDate(data.decisionDate(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long id = jdbc.sql("""
                        insert into initiative (title, level, year, decision_number, decision_date, created_by)
                        values (:title, :level, :year, :number, :date, :by) returning id""")
                .param("title", data.title().strip()).param("level", data.level().name()).param("year", data.year())
                .param("number", blankToNull(data.decisionNumber())).param("date", data.decisionDate())
                .param("by", CurrentUser.get().username()).query(Long.class).single();
        for (Long author : authors) {
            jdbc.sql("insert into initiative_author (initiative_id, individual_id) values (:id, :author)")
                    .param("id", id).param("author", author).update();
        }
        SubjectRecord.Initiative initiative = new SubjectRecord.Initiative(id, data.title().strip(), data.level(),
                data.year(), blankToNull(data.decisionNumber()), data.decisionDate(), authors);
        audit.record(AuditLog.entry("INITIATIVE", id, "CREATED").newValue(initiative));
        return initiative;
    }

    @Transactional
    public SubjectRecord.Discipline discipline(DisciplineData data) {
        checkAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        if (data.individualId() == null) {
            problems.add(new FieldProblem("individualId", "record.error.required"));
        } else if (access.find(SubjectType.INDIVIDUAL, data.individualId()).isEmpty()) {
            problems.add(new FieldProblem("individualId", "record.error.subject.unknownIndividual",
                    data.individualId()));
        }
        if (data.form() == null) {
            problems.add(new FieldProblem("form", "record.error.required"));
        }
        if (data.from() == null) {
            problems.add(new FieldProblem("from", "record.error.required"));
        } else {
            year(data.from().getYear(), "from", problems);
        }
        if (data.from() != null && data.to() != null && data.to().isBefore(data.from())) {
            problems.add(new FieldProblem("to", "record.error.discipline.dates"));
        }
        if (data.reason() != null && data.reason().length() > 2000) {
            problems.add(new FieldProblem("reason", "record.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long id = jdbc.sql("""
                        insert into discipline (individual_id, form, from_date, to_date, reason, created_by)
                        values (:individual, :form, :from, :to, :reason, :by) returning id""")
                .param("individual", data.individualId()).param("form", data.form().name())
                .param("from", data.from()).param("to", data.to()).param("reason", blankToNull(data.reason()))
                .param("by", CurrentUser.get().username()).query(Long.class).single();
        SubjectRecord.Discipline discipline = new SubjectRecord.Discipline(id, data.form(), data.from(), data.to(),
                blankToNull(data.reason()));
        audit.record(AuditLog.entry("DISCIPLINE", id, "CREATED").newValue(Map.of("individualId",
                data.individualId(), "discipline", discipline)));
        return discipline;
    }

    // The record ---------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public SubjectRecord of(SubjectType type, Long subjectId) {
        SubjectAccess.Rights rights = access.rights(CurrentUser.get(), type, subjectId);
        rights.checkRead();
        return new RecordReader(jdbc, campaignRatings).read(rights.subject());
    }

    // Checks -------------------------------------------------------------------------------

    static void checkAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw new AccessDeniedException("only ADMIN enters records");
        }
    }

    private Subject subject(SubjectType type, Long id, List<FieldProblem> problems) {
        if (type == null) {
            problems.add(new FieldProblem("subjectType", "record.error.required"));
            return null;
        }
        if (id == null) {
            problems.add(new FieldProblem("subjectId", "record.error.required"));
            return null;
        }
        Optional<Subject> subject = access.find(type, id);
        if (subject.isEmpty()) {
            problems.add(new FieldProblem("subjectId", type == SubjectType.INDIVIDUAL
                    ? "record.error.subject.unknownIndividual" : "record.error.subject.unknownUnit", id));
        }
        return subject.orElse(null);
    }

    private Optional<TitleInfo> title(String code, SubjectType type, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("titleCode", "record.error.required"));
            return Optional.empty();
        }
        Optional<TitleInfo> title = titles.find(code);
        if (title.isEmpty()) {
            problems.add(new FieldProblem("titleCode", "record.error.title.unknown", code.strip()));
        } else if (type != null && !title.get().fits(type)) {
            problems.add(new FieldProblem("titleCode", "record.error.title.notFor" + type.name(), title.get().code()));
        }
        return title;
    }

    /** A year between 1900 and 2100 that has begun (an award or a rating of a future year is a typo). */
    static void year(Integer year, String field, List<FieldProblem> problems) {
        if (year == null) {
            problems.add(new FieldProblem(field, "record.error.required"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem(field, "record.error.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        } else if (year > OfficeTime.today().getYear()) {
            problems.add(new FieldProblem(field, "record.error.year.future", String.valueOf(year),
                    String.valueOf(OfficeTime.today().getYear())));
        }
    }

    private static void decisionNumber(String number, List<FieldProblem> problems) {
        if (number != null && number.strip().length() > 64) {
            problems.add(new FieldProblem("decisionNumber", "record.error.tooLong", 64));
        }
    }

    private static void decisionDate(LocalDate date, List<FieldProblem> problems) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.isAfter(OfficeTime.today()))) {
            problems.add(new FieldProblem("decisionDate", "record.error.date.future"));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
