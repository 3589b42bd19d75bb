package vn.thidua.award;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditLog;
import vn.thidua.award.rules.ClauseParams;
import vn.thidua.award.rules.TitleRuleClause;
import vn.thidua.award.rules.TitleRuleVersion;
import vn.thidua.award.rules.TitleRuleVersionRepository;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.campaign.TitleRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.DateRange;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each title's rules as versions in force from a date (DESIGN §5): everyone signed in reads them;
 * ADMIN adds a version, which closes the one before it the day before. Audited against the new version.
 */
@Service
@Transactional
public class RuleVersions {

    public static final String AUDIT_ENTITY = "TITLE_RULE";
    private static final int CODE_MAX = 32;
    private static final int DOCUMENT_MAX = 255;
    private static final int PART_MAX = 32;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TitleRuleVersionRepository versions;
    private final TitleCatalogue catalogue;
    private final TitleRepository titles;
    private final AuditLog audit;

    RuleVersions(TitleRuleVersionRepository versions, TitleCatalogue catalogue, TitleRepository titles,
                 AuditLog audit) {
        this.versions = versions;
        this.catalogue = catalogue;
        this.titles = titles;
        this.audit = audit;
    }

    /** What a new version carries; {@code basedOnVersion} (optional) is the version the admin started from. */
    public record NewVersion(LocalDate effectiveFrom, String note, Integer basedOnVersion, List<NewClause> clauses) {
    }

    public record NewClause(String code, ClauseKind kind, Map<String, Object> params, LegalSource source) {
    }

    /** Every version of a title's rules, oldest first; an unknown title is 404. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RuleVersion> list(String titleCode) {
        Title title = catalogue.get(titleCode);
        return versions.findByTitleCodeOrderByVersionAsc(title.getCode()).stream().map(RuleVersions::view).toList();
    }

    /** The version of a title's rules in force on {@code date} (for eligibility: the campaign's end date). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RuleVersion> inForce(String titleCode, LocalDate date) {
        Title title = catalogue.get(titleCode);
        return versions.findInForce(title.getCode(), date).map(RuleVersions::view);
    }

    /** The rules of every title in force on {@code date}, by title code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, RuleVersion> allInForce(LocalDate date) {
        Map<String, RuleVersion> byTitle = new LinkedHashMap<>();
        versions.findAllInForce(date).forEach(v -> byTitle.put(v.getTitleCode(), view(v)));
        return byTitle;
    }

    /**
     * Adds a version in force from {@code effectiveFrom}, after the latest version's start (409
     * otherwise); the version in force until then ends the day before.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RuleVersion add(String titleCode, NewVersion data) {
        Title title = catalogue.get(titleCode);
        Optional<TitleRuleVersion> latest = versions.findFirstByTitleCodeOrderByVersionDesc(title.getCode());
        int latestNumber = latest.map(TitleRuleVersion::getVersion).orElse(0);
        if (data.basedOnVersion() != null && data.basedOnVersion() != latestNumber) {
            throw new ConflictException("award.rules.stale", data.basedOnVersion(), latestNumber);
        }
        List<NewClause> clauses = validate(data);
        if (latest.isPresent() && !data.effectiveFrom().isAfter(latest.get().getEffectiveFrom())) {
            throw new ConflictException("award.rules.notAfterLatest", DATE.format(data.effectiveFrom()),
                    latestNumber, DATE.format(latest.get().getEffectiveFrom()));
        }
        Map<String, Object> before = null;
        if (latest.isPresent() && (latest.get().getEffectiveTo() == null
                || !latest.get().getEffectiveTo().isBefore(data.effectiveFrom()))) {
            TitleRuleVersion previous = latest.get();
            before = new LinkedHashMap<>();
            before.put("titleCode", title.getCode());
            before.put("version", previous.getVersion());
            before.put("effectiveTo", previous.getEffectiveTo());
            previous.endBefore(data.effectiveFrom());
        }
        TitleRuleVersion version = new TitleRuleVersion(title.getCode(), latestNumber + 1, data.effectiveFrom(),
                Texts.multiline(data.note()), CurrentUser.get().username());
        for (NewClause c : clauses) {
            LegalSource s = c.source();
            version.addClause(c.code(), c.kind().name(), JSON.writeValueAsString(c.params() == null ? Map.of() : c.params()),
                    s.document(), s.article(), s.clause(), s.point(), s.text(), s.organisationRule());
        }
        TitleRuleVersion saved = versions.save(version);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("titleCode", title.getCode());
        after.put("version", saved.getVersion());
        after.put("effectiveFrom", saved.getEffectiveFrom());
        after.put("note", saved.getNote());
        after.put("clauses", view(saved).clauses());
        if (before != null) {
            after.put("previousVersionEffectiveTo", data.effectiveFrom().minusDays(1));
        }
        audit.record(AuditLog.entry(AUDIT_ENTITY, saved.getId(), "VERSION_ADDED").values(before, after));
        return view(saved);
    }

    private List<NewClause> validate(NewVersion data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.effectiveFrom() == null) {
            problems.add(new FieldProblem("effectiveFrom", "jakarta.validation.constraints.NotNull.message"));
        }
        DateRange.check("effectiveFrom", data.effectiveFrom(), problems);
        if (data.note() != null && data.note().length() > 2000) {
            problems.add(new FieldProblem("note", "award.text.tooLong", 2000));
        }
        List<NewClause> clean = new ArrayList<>();
        if (data.clauses() == null || data.clauses().isEmpty()) {
            problems.add(new FieldProblem("clauses", "award.rules.clauses.empty"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < data.clauses().size(); i++) {
                NewClause c = data.clauses().get(i);
                String at = "clauses[" + i + "]";
                if (c == null) {
                    problems.add(new FieldProblem(at, "jakarta.validation.constraints.NotNull.message"));
                    continue;
                }
                String code = Texts.code(c.code());
                if (code == null) {
                    problems.add(new FieldProblem(at + ".code", "jakarta.validation.constraints.NotNull.message"));
                } else if (code.length() > CODE_MAX || !code.matches("[A-Z0-9_]+")) {
                    problems.add(new FieldProblem(at + ".code", "award.clause.code.format", CODE_MAX));
                } else if (!codes.add(code)) {
                    problems.add(new FieldProblem(at + ".code", "award.clause.code.duplicate", code));
                }
                if (c.kind() == null) {
                    problems.add(new FieldProblem(at + ".kind", "jakarta.validation.constraints.NotNull.message"));
                } else {
                    ClauseParams.check(c.kind(), c.params(), at + ".params",
                            t -> titles.findById(t).isPresent(), problems, false);
                }
                LegalSource s = c.source();
                String document = s == null ? null : Texts.clean(s.document());
                if (document == null) {
                    problems.add(new FieldProblem(at + ".source.document", "jakarta.validation.constraints.NotNull.message"));
                } else if (document.length() > DOCUMENT_MAX) {
                    problems.add(new FieldProblem(at + ".source.document", "award.text.tooLong", DOCUMENT_MAX));
                }
                LegalSource cleanSource = s == null ? null : new LegalSource(document,
                        part(s.article(), at + ".source.article", problems), part(s.clause(), at + ".source.clause", problems),
                        part(s.point(), at + ".source.point", problems), Texts.multiline(s.text()), s.organisationRule());
                clean.add(new NewClause(code, c.kind(), c.params(), cleanSource));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private static String part(String value, String field, List<FieldProblem> problems) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > PART_MAX) {
            problems.add(new FieldProblem(field, "award.text.tooLong", PART_MAX));
        }
        return clean;
    }

    static RuleVersion view(TitleRuleVersion v) {
        List<RuleClause> clauses = v.getClauses().stream().map(RuleVersions::view).toList();
        return new RuleVersion(v.getTitleCode(), v.getVersion(), v.getEffectiveFrom(), v.getEffectiveTo(), v.getNote(),
                v.getCreatedBy(), v.getCreatedAt(), clauses);
    }

    private static RuleClause view(TitleRuleClause c) {
        Map<String, Object> params = JSON.readValue(c.getParams(), new TypeReference<LinkedHashMap<String, Object>>() {
        });
        return new RuleClause(c.getCode(), ClauseKind.valueOf(c.getKind()), params,
                new LegalSource(c.getSourceDocument(), c.getSourceArticle(), c.getSourceClause(), c.getSourcePoint(),
                        c.getSourceText(), c.isOrganisationRule()));
    }
}
