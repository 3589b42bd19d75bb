package vn.thidua.campaign;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.organisation.OrganisationRules;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.DateRange;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Campaigns: the emulation office (ADMIN) creates them, edits them as far as their status allows
 * and moves them through the lifecycle; everyone else reads the launched campaigns they take part
 * in (DESIGN §2–§4). Every change is audited against the campaign.
 */
@Service
@Transactional
public class CampaignService {

    public static final String AUDIT_ENTITY = "CAMPAIGN";

    private final CampaignRepository campaigns;
    private final CriterionRepository criteria;
    private final TitleRepository titles;
    private final UnitRepository units;
    private final CampaignAudience audience;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CampaignService(CampaignRepository campaigns, CriterionRepository criteria, TitleRepository titles,
                    UnitRepository units, CampaignAudience audience, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.titles = titles;
        this.units = units;
        this.audience = audience;
        this.audit = audit;
    }

    /**
     * What a campaign form or request carries. {@code participatingUnitIds} empty means all units;
     * {@code thresholds} components left out take the defaults (90 / 70 / 50).
     */
    public record CampaignData(String code, String name, String theme, String purpose, String goals,
                               CampaignKind kind, LocalDate startDate, LocalDate endDate,
                               LocalDate registrationDeadline, Thresholds thresholds,
                               Collection<Long> participatingUnitIds, Collection<String> openTitles,
                               String decisionNumber, LocalDate decisionDate) {
    }

    /** The campaigns the caller may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Campaign> list() {
        CurrentUser user = CurrentUser.get();
        if (user.readsEverything()) {
            return campaigns.findAllNewestFirst();
        }
        Set<Long> callerUnits = audience.unitsOf(user);
        return campaigns.findLaunchedNewestFirst().stream()
                .filter(c -> CampaignAudience.canSee(c, callerUnits)).toList();
    }

    /** A campaign the caller may see; a draft or another units' campaign is 404, not 403 (no leak). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Campaign get(Long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
        if (!audience.canSee(CurrentUser.get(), campaign)) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    /** For the edit form: the same campaign, only for those who may change it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Campaign getForEditing(Long id) {
        return load(id);
    }

    /** The starting values of a new campaign (thresholds 90 / 70 / 50), for ADMIN's form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Thresholds defaultThresholds() {
        return Thresholds.DEFAULTS;
    }

    /**
     * What {@link #create} ({@code id} null) or {@link #update} would refuse in these values, without
     * saving: a form whose other fields could not even be read (a date that does not exist) shows
     * these too, so every problem comes in one round.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(Long id, CampaignData data) {
        Campaign current = id == null ? null : load(id);
        CampaignData clean = current == null ? normalise(data, Thresholds.DEFAULTS, List.of(), List.of())
                : normalise(data, current.getThresholds(), current.getParticipatingUnitIds(), current.getOpenTitles());
        try {
            validate(clean);
            return List.of();
        } catch (InvalidInputException e) {
            return e.getProblems();
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Campaign create(CampaignData data) {
        CampaignData clean = normalise(data, Thresholds.DEFAULTS, List.of(), List.of());
        validate(clean);
        if (campaigns.existsByCode(clean.code())) {
            throw new ConflictException("campaign.code.taken", clean.code());
        }
        Campaign campaign = new Campaign(clean.code(), clean.name(), clean.kind(), clean.startDate(),
                clean.endDate(), clean.registrationDeadline());
        apply(campaign, clean);
        campaign = campaigns.save(campaign);
        audit.record(AuditLog.entry(AUDIT_ENTITY, campaign.getId(), "CREATED").campaign(campaign.getId())
                .newValue(snapshot(campaign)));
        return campaign;
    }

    /**
     * Replaces the campaign's settings as far as its status allows: everything in DRAFT; after
     * that the structure (code, kind, start date, units, titles) is fixed, the wording, end date
     * and registration deadline stay editable, the thresholds until SCORING; nothing in CLOSED.
     * {@code thresholds}, {@code participatingUnitIds} or {@code openTitles} left out (null) are
     * kept as they are.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Campaign update(Long id, CampaignData data, Long version) {
        Campaign campaign = load(id);
        campaign.checkVersion(version);
        CampaignStatus status = campaign.getStatus();
        if (status == CampaignStatus.CLOSED) {
            throw new ConflictException("campaign.locked.closed", status.label());
        }
        CampaignData clean = normalise(data, campaign.getThresholds(), campaign.getParticipatingUnitIds(),
                campaign.getOpenTitles());
        validate(clean);
        Changes changes = changes(campaign, clean);
        if (status != CampaignStatus.DRAFT) {
            for (String field : List.of("code", "kind", "startDate", "participatingUnitIds", "openTitles")) {
                if (changes.has(field)) {
                    throw new ConflictException("campaign.locked.field", status.label(),
                            new DefaultMessageSourceResolvable(new String[] {"campaign.field." + field}, field));
                }
            }
        }
        boolean thresholdsChange = changes.has("thresholds.excellent") || changes.has("thresholds.good")
                || changes.has("thresholds.pass");
        if (thresholdsChange && status.isAfter(CampaignStatus.SCORING)) {
            throw new ConflictException("campaign.locked.thresholds", status.label());
        }
        if (changes.has("code") && campaigns.existsByCode(clean.code())) {
            throw new ConflictException("campaign.code.taken", clean.code());
        }
        if (changes.isEmpty()) {
            return campaign;
        }
        campaign.setCode(clean.code());
        campaign.setKind(clean.kind());
        campaign.setStartDate(clean.startDate());
        apply(campaign, clean);
        audit.record(AuditLog.entry(AUDIT_ENTITY, campaign.getId(), "UPDATED").campaign(campaign.getId())
                .changes(changes));
        return campaign;
    }

    /**
     * One step forward in the lifecycle, and only that: DRAFT → REGISTRATION → IN_PROGRESS →
     * SCORING → REVIEW → CLOSED. Registration opens only with at least one criterion.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Campaign transition(Long id, CampaignStatus to, Long version) {
        Campaign campaign = load(id);
        campaign.checkVersion(version);
        if (to == null) {
            throw new InvalidInputException("to", "jakarta.validation.constraints.NotNull.message");
        }
        CampaignStatus from = campaign.getStatus();
        if (from.next() != to) {
            throw new ConflictException("campaign.transition.illegal", from.label(), to.label());
        }
        if (from == CampaignStatus.DRAFT && criteria.countByCampaignId(campaign.getId()) == 0) {
            throw new ConflictException("campaign.transition.noCriteria", from.label(), to.label());
        }
        campaign.setStatus(to);
        audit.record(AuditLog.entry(AUDIT_ENTITY, campaign.getId(), "STATUS_CHANGED").campaign(campaign.getId())
                .changes(new Changes().field("status", from.name(), to.name())));
        events.publishEvent(new CampaignStatusChanged(campaign, from, to));
        return campaign;
    }

    /**
     * Moves the registration deadline (ADMIN), typically later so people can still register: only
     * while pledges are taken (REGISTRATION, IN_PROGRESS), not before today (Viet Nam), not after
     * the end date. Audited as a campaign change, old → new.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Campaign extendRegistrationDeadline(Long id, LocalDate deadline, Long version) {
        Campaign campaign = load(id);
        CampaignStatus status = campaign.getStatus();
        if (status != CampaignStatus.REGISTRATION && status != CampaignStatus.IN_PROGRESS) {
            throw new ConflictException("campaign.deadline.wrongStatus", status.label());
        }
        campaign.checkVersion(version);
        if (deadline == null) {
            throw new InvalidInputException("registrationDeadline", "jakarta.validation.constraints.NotNull.message");
        }
        LocalDate today = OfficeTime.today();
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        if (deadline.isBefore(today)) {
            throw new InvalidInputException("registrationDeadline", "campaign.deadline.beforeToday", format.format(today));
        }
        if (deadline.isAfter(campaign.getEndDate())) {
            throw new InvalidInputException("registrationDeadline", "campaign.deadline.afterEnd",
                    format.format(campaign.getEndDate()));
        }
        Changes changes = new Changes().field("registrationDeadline", campaign.getRegistrationDeadline(), deadline);
        if (changes.isEmpty()) {
            return campaign;
        }
        campaign.setRegistrationDeadline(deadline);
        audit.record(AuditLog.entry(AUDIT_ENTITY, campaign.getId(), "UPDATED").campaign(campaign.getId())
                .changes(changes));
        return campaigns.saveAndFlush(campaign);
    }

    Campaign load(Long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    private static CampaignData normalise(CampaignData data, Thresholds currentThresholds,
                                          Collection<Long> currentUnits, Collection<String> currentTitles) {
        Thresholds thresholds = data.thresholds() == null ? currentThresholds : new Thresholds(
                data.thresholds().excellent() != null ? data.thresholds().excellent() : Thresholds.DEFAULTS.excellent(),
                data.thresholds().good() != null ? data.thresholds().good() : Thresholds.DEFAULTS.good(),
                data.thresholds().pass() != null ? data.thresholds().pass() : Thresholds.DEFAULTS.pass());
        Collection<Long> unitIds = data.participatingUnitIds() == null ? currentUnits
                : data.participatingUnitIds().stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Collection<String> titleCodes = data.openTitles() == null ? currentTitles
                : data.openTitles().stream().map(Texts::code).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        return new CampaignData(Texts.code(data.code()), Texts.clean(data.name()), multiline(data.theme()),
                multiline(data.purpose()), multiline(data.goals()), data.kind(), data.startDate(), data.endDate(),
                data.registrationDeadline(), thresholds, new ArrayList<>(unitIds), new ArrayList<>(titleCodes),
                Texts.clean(data.decisionNumber()), data.decisionDate());
    }

    /** Long texts keep their line breaks (shown pre-wrapped); only the ends are trimmed. */
    static String multiline(String text) {
        return Texts.multiline(text);
    }

    private void validate(CampaignData data) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRules.code("code", data.code(), problems);
        CampaignRules.requiredText("name", data.name(), CampaignRules.NAME_MAX, problems);
        CampaignRules.optionalText("theme", data.theme(), CampaignRules.TEXT_MAX, problems);
        CampaignRules.optionalText("purpose", data.purpose(), CampaignRules.TEXT_MAX, problems);
        CampaignRules.optionalText("goals", data.goals(), CampaignRules.TEXT_MAX, problems);
        CampaignRules.required("kind", data.kind(), problems);
        CampaignRules.required("startDate", data.startDate(), problems);
        CampaignRules.required("endDate", data.endDate(), problems);
        CampaignRules.required("registrationDeadline", data.registrationDeadline(), problems);
        DateRange.check("startDate", data.startDate(), problems);
        DateRange.check("endDate", data.endDate(), problems);
        DateRange.check("registrationDeadline", data.registrationDeadline(), problems);
        DateRange.check("decisionDate", data.decisionDate(), problems);
        if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.campaign.endBeforeStart"));
        }
        if (data.registrationDeadline() != null && data.endDate() != null
                && data.registrationDeadline().isAfter(data.endDate())) {
            problems.add(new FieldProblem("registrationDeadline", "validation.campaign.deadlineAfterEnd"));
        }
        validateThresholds(data.thresholds(), problems);
        CampaignRules.optionalText("decisionNumber", data.decisionNumber(), CampaignRules.DECISION_NUMBER_MAX,
                problems);
        if (!data.participatingUnitIds().isEmpty()) {
            Set<Long> known = units.findAllById(data.participatingUnitIds()).stream().map(Unit::getId)
                    .collect(Collectors.toSet());
            data.participatingUnitIds().stream().filter(unitId -> !known.contains(unitId)).findFirst()
                    .ifPresent(unitId -> problems.add(new FieldProblem("participatingUnitIds",
                            "validation.unit.unknown", unitId)));
        }
        if (!data.openTitles().isEmpty()) {
            Set<String> known = titles.findByCodeIn(data.openTitles()).stream().map(Title::getCode)
                    .collect(Collectors.toSet());
            data.openTitles().stream().filter(code -> !known.contains(code)).findFirst()
                    .ifPresent(code -> problems.add(new FieldProblem("openTitles", "validation.title.unknown", code)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void validateThresholds(Thresholds t, List<FieldProblem> problems) {
        boolean excellent = CampaignRules.points("thresholds.excellent", t.excellent(), true, problems);
        boolean good = CampaignRules.points("thresholds.good", t.good(), true, problems);
        boolean pass = CampaignRules.points("thresholds.pass", t.pass(), true, problems);
        if (excellent && good && t.good().compareTo(t.excellent()) > 0) {
            problems.add(new FieldProblem("thresholds.good", "validation.threshold.goodAboveExcellent"));
        }
        if (good && pass && t.pass().compareTo(t.good()) > 0) {
            problems.add(new FieldProblem("thresholds.pass", "validation.threshold.passAboveGood"));
        }
    }

    private static Changes changes(Campaign c, CampaignData d) {
        return new Changes()
                .field("code", c.getCode(), d.code())
                .field("name", c.getName(), d.name())
                .field("theme", c.getTheme(), d.theme())
                .field("purpose", c.getPurpose(), d.purpose())
                .field("goals", c.getGoals(), d.goals())
                .field("kind", c.getKind(), d.kind())
                .field("startDate", c.getStartDate(), d.startDate())
                .field("endDate", c.getEndDate(), d.endDate())
                .field("registrationDeadline", c.getRegistrationDeadline(), d.registrationDeadline())
                .field("thresholds.excellent", c.getThresholds().excellent(), d.thresholds().excellent())
                .field("thresholds.good", c.getThresholds().good(), d.thresholds().good())
                .field("thresholds.pass", c.getThresholds().pass(), d.thresholds().pass())
                .field("participatingUnitIds", List.copyOf(c.getParticipatingUnitIds()),
                        List.copyOf(d.participatingUnitIds()))
                .field("openTitles", List.copyOf(c.getOpenTitles()), List.copyOf(d.openTitles()))
                .field("decisionNumber", c.getDecisionNumber(), d.decisionNumber())
                .field("decisionDate", c.getDecisionDate(), d.decisionDate());
    }

    /** The fields every status before CLOSED may change (plus, in DRAFT, those set by the caller). */
    private static void apply(Campaign campaign, CampaignData d) {
        campaign.setName(d.name());
        campaign.setTheme(d.theme());
        campaign.setPurpose(d.purpose());
        campaign.setGoals(d.goals());
        campaign.setEndDate(d.endDate());
        campaign.setRegistrationDeadline(d.registrationDeadline());
        Thresholds t = d.thresholds();
        campaign.setThresholds(new Thresholds(CampaignRules.scaled(t.excellent()), CampaignRules.scaled(t.good()),
                CampaignRules.scaled(t.pass())));
        campaign.setParticipatingUnitIds(d.participatingUnitIds());
        campaign.setOpenTitles(d.openTitles());
        campaign.setDecisionNumber(d.decisionNumber());
        campaign.setDecisionDate(d.decisionDate());
    }

    private static Map<String, Object> snapshot(Campaign c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", c.getCode());
        values.put("name", c.getName());
        values.put("kind", c.getKind());
        values.put("startDate", c.getStartDate());
        values.put("endDate", c.getEndDate());
        values.put("registrationDeadline", c.getRegistrationDeadline());
        values.put("thresholds.excellent", c.getThresholds().excellent());
        values.put("thresholds.good", c.getThresholds().good());
        values.put("thresholds.pass", c.getThresholds().pass());
        values.put("participatingUnitIds", List.copyOf(c.getParticipatingUnitIds()));
        values.put("openTitles", List.copyOf(c.getOpenTitles()));
        values.put("decisionNumber", c.getDecisionNumber());
        values.put("decisionDate", c.getDecisionDate());
        values.put("status", c.getStatus());
        return values;
    }
}
