package vn.thidua.pledge;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Participation;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Supervision;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.UnitScope;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pledges and their review (DESIGN §3–4). The subject writes its pledge (an individual their own;
 * a unit head their unit's) while registration is open; the head above an individual (organisation
 * {@link Supervision}) or, for units, the board approves or returns it with a reason. Reads: one's
 * own pledge, a head's units (and below), everything for BOARD/ADMIN; any other id is 403.
 * Every change is audited against the pledge and its campaign.
 */
@Service
@Transactional
public class PledgeService {

    public static final String AUDIT_ENTITY = "PLEDGE";
    static final int COMMITMENT_MAX = 4000;
    static final int EXTRA_MAX = 10_000;
    static final int REASON_MAX = 1000;

    private final PledgeRepository pledges;
    private final CampaignService campaigns;
    private final CriterionRepository criteria;
    private final TitleCatalogue titles;
    private final IndividualRepository individuals;
    private final UnitRepository units;
    private final UnitScope scope;
    private final Supervision supervision;
    private final Participation participation;
    private final RegistrationWindow window;
    private final AuditLog audit;

    PledgeService(PledgeRepository pledges, CampaignService campaigns, CriterionRepository criteria,
                  TitleCatalogue titles, IndividualRepository individuals, UnitRepository units, UnitScope scope,
                  Supervision supervision, Participation participation, RegistrationWindow window, AuditLog audit) {
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.titles = titles;
        this.individuals = individuals;
        this.units = units;
        this.scope = scope;
        this.supervision = supervision;
        this.participation = participation;
        this.window = window;
        this.audit = audit;
    }

    /** What a pledge form or request carries; blank commitments are left out. */
    public record PledgeData(String targetTitle, List<Commitment> commitments, String extraCommitments) {
    }

    public record Commitment(Long criterionId, String text) {
    }

    /** Who pledges: an individual (with their unit) or a unit. */
    public record Subject(SubjectType type, Long id, Long unitId, String code, String name, String position) {
    }

    /** One pledge of a bulk decision, with the version the reviewer saw. */
    public record Item(Long pledgeId, Long version) {
    }

    /** What a bulk decision did: how many were decided and, per refused pledge, why. */
    public record BulkResult(int done, List<Refusal> refused) {
    }

    public record Refusal(Long pledgeId, String subjectName, DomainException reason, boolean forbidden) {
    }

    public enum Decision { APPROVE, RETURN }

    // ---- reading -------------------------------------------------------------------------------

    /** A pledge the caller may read (own, their units', or all for BOARD/ADMIN); otherwise 403. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Pledge get(Long pledgeId) {
        Pledge pledge = load(pledgeId);
        checkRead(CurrentUser.get(), subjectOf(pledge));
        return pledge;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Subject subject(Pledge pledge) {
        Subject subject = subjectOf(pledge);
        checkRead(CurrentUser.get(), subject);
        return subject;
    }

    /** The caller's own pledge in a campaign, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Pledge> find(Long campaignId, SubjectType type, Long subjectId) {
        java.util.Optional<Pledge> pledge = pledges.findByCampaignIdAndSubjectTypeAndSubjectId(campaignId, type, subjectId);
        pledge.ifPresent(p -> checkRead(CurrentUser.get(), subjectOf(p)));
        return pledge;
    }

    /** One subject's pledges in several campaigns, by campaign id (for "My campaigns"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Pledge> findAll(java.util.Collection<Long> campaignIds, SubjectType type, Long subjectId) {
        if (campaignIds.isEmpty() || subjectId == null) {
            return Map.of();
        }
        CurrentUser user = CurrentUser.get();
        Map<Long, Pledge> result = new LinkedHashMap<>();
        for (Pledge p : pledges.findByCampaignIdInAndSubjectTypeAndSubjectId(campaignIds, type, subjectId)) {
            if (mayRead(user, subjectOf(p))) {
                result.put(p.getCampaignId(), p);
            }
        }
        return result;
    }

    /** The units the caller heads directly (their collective pledges), active ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Unit> unitsHeaded() {
        Long me = CurrentUser.get().individualId();
        return me == null ? List.of() : units.findByHeadIndividualId(me).stream().filter(Unit::isActive).toList();
    }

    /** The campaigns, of these, in which the unit takes part. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Campaign> takingPart(List<Campaign> campaigns, Long unitId) {
        return campaigns.stream().filter(participation.takingPart(unitId)).toList();
    }

    /** The subject a page is about, if the caller may write a pledge for it (own person, or a unit headed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Subject authorSubject(SubjectType type, Long subjectId) {
        Subject subject = findSubject(type, subjectId)
                .orElseThrow(() -> new NotFoundException(type == SubjectType.COLLECTIVE ? "unit" : "individual", subjectId));
        if (!isAuthor(CurrentUser.get(), subject)) {
            throw new AccessDeniedException("not the subject");
        }
        return subject;
    }

    /** The criteria a subject type pledges on, in the campaign's order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Criterion> criteriaFor(Long campaignId, SubjectType type) {
        campaigns.get(campaignId);
        return criteria.findByCampaignIdOrderByPositionAsc(campaignId).stream().filter(c -> c.appliesTo(type)).toList();
    }

    /** The campaign's open titles a subject type may aim for, in catalogue order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Title> titlesFor(Campaign campaign, SubjectType type) {
        return titles.findAll().stream()
                .filter(t -> t.getSubjectType() == type && campaign.getOpenTitles().contains(t.getCode())).toList();
    }

    /** May the caller write (edit, submit) this pledge: the individual themself, or the head of the unit? */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayWrite(Pledge pledge) {
        return isAuthor(CurrentUser.get(), subjectOf(pledge));
    }

    /** May the caller approve or return this pledge? */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayDecide(Pledge pledge) {
        return isDecider(CurrentUser.get(), subjectOf(pledge));
    }

    // ---- writing -------------------------------------------------------------------------------

    /** A new DRAFT pledge; a second one for the same subject is 409 (also when two requests race). */
    @PreAuthorize("isAuthenticated()")
    public Pledge create(Long campaignId, SubjectType type, Long subjectId, PledgeData data) {
        Campaign campaign = campaigns.get(campaignId);
        CurrentUser user = CurrentUser.get();
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("subjectType", "jakarta.validation.constraints.NotNull.message"));
        }
        if (subjectId == null) {
            problems.add(new FieldProblem("subjectId", "jakarta.validation.constraints.NotNull.message"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Subject subject = findSubject(type, subjectId)
                .orElseThrow(() -> new InvalidInputException("subjectId", "pledge.subject.unknown", String.valueOf(subjectId)));
        if (!isAuthor(user, subject)) {
            throw new AccessDeniedException("not the subject of this pledge");
        }
        if (!participation.takesPart(campaign, subject.unitId())) {
            throw new ConflictException("pledge.notParticipating", campaign.getName());
        }
        window.checkOpen(campaign);
        pledges.findByCampaignIdAndSubjectTypeAndSubjectId(campaignId, type, subjectId).ifPresent(existing -> {
            throw new DuplicatePledgeException(existing.getId());
        });
        Content content = validate(campaign, type, data);
        Pledge pledge = new Pledge(campaignId, type, subjectId);
        pledge.pledge(content.targetTitle(), content.commitments(), content.extraCommitments());
        try {
            pledge = pledges.saveAndFlush(pledge);
        } catch (DataIntegrityViolationException e) {
            throw new DuplicatePledgeException(null);
        }
        audit.record(AuditLog.entry(AUDIT_ENTITY, pledge.getId(), "CREATED").campaign(campaignId)
                .newValue(snapshot(pledge)));
        return pledge;
    }

    /** Replaces what is pledged, in DRAFT or RETURNED only, while registration is open. */
    @PreAuthorize("isAuthenticated()")
    public Pledge update(Long pledgeId, PledgeData data, Long version) {
        Pledge pledge = load(pledgeId);
        Campaign campaign = forWriting(pledge);
        if (!pledge.getStatus().isEditable()) {
            throw new ConflictException("pledge.locked", pledge.getStatus().label());
        }
        pledge.checkVersion(version);
        Content content = validate(campaign, pledge.getSubjectType(), data);
        Changes changes = new Changes()
                .field("targetTitle", pledge.getTargetTitle(), content.targetTitle())
                .field("commitments", pledge.getCommitments(), new TreeMap<>(content.commitments()))
                .field("extraCommitments", pledge.getExtraCommitments(), content.extraCommitments());
        if (changes.isEmpty()) {
            return pledge;
        }
        pledge.pledge(content.targetTitle(), content.commitments(), content.extraCommitments());
        audit.record(AuditLog.entry(AUDIT_ENTITY, pledge.getId(), "UPDATED").campaign(campaign.getId())
                .changes(changes));
        return pledges.saveAndFlush(pledge);
    }

    /**
     * DRAFT or RETURNED → SUBMITTED. A second click is refused: the pledge is already SUBMITTED
     * (409 naming the status) or the version is stale (409), and nothing changes.
     */
    @PreAuthorize("isAuthenticated()")
    public Pledge submit(Long pledgeId, Long version) {
        Pledge pledge = load(pledgeId);
        Campaign campaign = forWriting(pledge);
        if (!pledge.getStatus().isEditable()) {
            throw new ConflictException("pledge.submit.wrongStatus", pledge.getStatus().label());
        }
        pledge.checkVersion(version);
        if (pledge.getCommitments().isEmpty() && pledge.getExtraCommitments() == null) {
            throw new InvalidInputException("commitments", "pledge.commitments.required");
        }
        PledgeStatus from = pledge.getStatus();
        pledge.submit(Instant.now());
        audit.record(AuditLog.entry(AUDIT_ENTITY, pledge.getId(), "SUBMITTED").campaign(campaign.getId())
                .changes(new Changes().field("status", from.name(), PledgeStatus.SUBMITTED.name())));
        return pledges.saveAndFlush(pledge);
    }

    @PreAuthorize("isAuthenticated()")
    public Pledge approve(Long pledgeId, Long version) {
        return decide(CurrentUser.get(), load(pledgeId), version, Decision.APPROVE, null);
    }

    /** SUBMITTED → RETURNED with a mandatory reason (at most 1000 characters). */
    @PreAuthorize("isAuthenticated()")
    public Pledge returnForRevision(Long pledgeId, Long version, String reason) {
        return decide(CurrentUser.get(), load(pledgeId), version, Decision.RETURN, reason);
    }

    /**
     * Approves or returns several pledges: each is authorised and version-checked on its own; the
     * ones that may be decided are, the others are reported with the reason (not all-or-nothing).
     * A missing or too long reason for a return refuses the whole batch (400).
     */
    @PreAuthorize("isAuthenticated()")
    public BulkResult decideAll(List<Item> items, Decision decision, String reason) {
        return decideAll(null, items, decision, reason);
    }

    /** The same, for a campaign's list: a pledge of another campaign is not found there. */
    @PreAuthorize("isAuthenticated()")
    public BulkResult decideAll(Long campaignId, List<Item> items, Decision decision, String reason) {
        CurrentUser user = CurrentUser.get();
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("pledgeIds", "pledge.bulk.none");
        }
        String cleanReason = decision == Decision.RETURN ? checkReason(reason) : null;
        Map<Long, Pledge> found = pledges.findAllById(items.stream().map(Item::pledgeId).toList()).stream()
                .collect(Collectors.toMap(Pledge::getId, Function.identity()));
        int done = 0;
        List<Refusal> refused = new ArrayList<>();
        for (Item item : items) {
            Pledge pledge = found.get(item.pledgeId());
            if (pledge == null || (campaignId != null && !campaignId.equals(pledge.getCampaignId()))) {
                refused.add(new Refusal(item.pledgeId(), null, new NotFoundException("pledge", item.pledgeId()), false));
                continue;
            }
            try {
                decide(user, pledge, item.version(), decision, cleanReason);
                done++;
            } catch (AccessDeniedException e) {
                refused.add(new Refusal(item.pledgeId(), null, null, true));
            } catch (DomainException e) {
                refused.add(new Refusal(item.pledgeId(), subjectOf(pledge).name(), e, false));
            }
        }
        return new BulkResult(done, refused);
    }

    private Pledge decide(CurrentUser user, Pledge pledge, Long version, Decision decision, String reason) {
        Subject subject = subjectOf(pledge);
        if (!isDecider(user, subject)) {
            checkRead(user, subject);
            throw new AccessDeniedException("may not decide about this pledge");
        }
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        window.checkDecisionsOpen(campaign);
        String cleanReason = decision == Decision.RETURN ? checkReason(reason) : null;
        if (pledge.getStatus() != PledgeStatus.SUBMITTED) {
            throw new ConflictException("pledge.decision.wrongStatus", pledge.getStatus().label());
        }
        pledge.checkVersion(version);
        Instant now = Instant.now();
        PledgeStatus from = pledge.getStatus();
        if (decision == Decision.APPROVE) {
            pledge.approve(user.username(), now);
        } else {
            pledge.returnForRevision(cleanReason, user.username(), now);
        }
        audit.record(AuditLog.entry(AUDIT_ENTITY, pledge.getId(), pledge.getStatus().name()).campaign(campaign.getId())
                .changes(new Changes().field("status", from.name(), pledge.getStatus().name()))
                .reason(cleanReason));
        return pledges.saveAndFlush(pledge);
    }

    private static String checkReason(String reason) {
        // a browser counts a line break of a textarea as one character but sends two (CRLF)
        String clean = reason == null ? null : reason.strip().replace("\r\n", "\n");
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("reason", "pledge.reason.required");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "validation.text.tooLong", REASON_MAX);
        }
        return clean;
    }

    // ---- rules ---------------------------------------------------------------------------------

    private Campaign forWriting(Pledge pledge) {
        Subject subject = subjectOf(pledge);
        CurrentUser user = CurrentUser.get();
        if (!isAuthor(user, subject)) {
            checkRead(user, subject);
            throw new AccessDeniedException("not the subject of this pledge");
        }
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        window.checkOpen(campaign);
        return campaign;
    }

    private record Content(String targetTitle, Map<Long, String> commitments, String extraCommitments) {
    }

    private Content validate(Campaign campaign, SubjectType type, PledgeData data) {
        PledgeData d = data == null ? new PledgeData(null, List.of(), null) : data;
        List<FieldProblem> problems = new ArrayList<>();
        String title = clean(d.targetTitle());
        if (title != null) {
            title = title.toUpperCase(java.util.Locale.ROOT);
            String code = title;
            boolean open = titlesFor(campaign, type).stream().anyMatch(t -> t.getCode().equals(code));
            if (!open) {
                problems.add(new FieldProblem("targetTitle", "pledge.targetTitle.notOpen", code));
            }
        }
        Map<Long, Criterion> applicable = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).stream()
                .filter(c -> c.appliesTo(type))
                .collect(Collectors.toMap(Criterion::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> commitments = new LinkedHashMap<>();
        List<Commitment> given = d.commitments() == null ? List.of() : d.commitments();
        for (int i = 0; i < given.size(); i++) {
            Commitment c = given.get(i);
            String field = "commitments[" + i + "]";
            if (c == null || c.criterionId() == null) {
                problems.add(new FieldProblem(field + ".criterionId", "jakarta.validation.constraints.NotNull.message"));
                continue;
            }
            if (!applicable.containsKey(c.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "pledge.criterion.notApplicable", String.valueOf(c.criterionId())));
                continue;
            }
            if (commitments.containsKey(c.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "pledge.criterion.repeated",
                        applicable.get(c.criterionId()).getCode()));
                continue;
            }
            String text = trim(c.text());
            if (text != null && text.length() > COMMITMENT_MAX) {
                problems.add(new FieldProblem(field + ".text", "validation.text.tooLong", COMMITMENT_MAX));
            } else if (text != null) {
                commitments.put(c.criterionId(), text);
            }
        }
        String extra = trim(d.extraCommitments());
        if (extra != null && extra.length() > EXTRA_MAX) {
            problems.add(new FieldProblem("extraCommitments", "validation.text.tooLong", EXTRA_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Content(title, commitments, extra);
    }

    private static String clean(String value) {
        return vn.thidua.shared.Texts.clean(value);
    }

    /** Keeps the writer's line breaks; blank is nothing. */
    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replace("\r\n", "\n");
        return stripped.isEmpty() ? null : stripped;
    }

    private void checkRead(CurrentUser user, Subject subject) {
        if (!mayRead(user, subject)) {
            throw new AccessDeniedException("pledge outside the caller's scope");
        }
    }

    private boolean mayRead(CurrentUser user, Subject subject) {
        if (user.readsEverything()) {
            return true;
        }
        if (subject.type() == SubjectType.INDIVIDUAL && subject.id().equals(user.individualId())) {
            return true;
        }
        return scope.of(user).contains(subject.unitId());
    }

    private boolean isAuthor(CurrentUser user, Subject subject) {
        if (user.individualId() == null) {
            return false;
        }
        if (subject.type() == SubjectType.INDIVIDUAL) {
            return subject.id().equals(user.individualId());
        }
        return units.findById(subject.id())
                .map(unit -> unit.isActive() && user.individualId().equals(unit.getHeadIndividualId()))
                .orElse(false);
    }

    private boolean isDecider(CurrentUser user, Subject subject) {
        if (subject.type() == SubjectType.COLLECTIVE) {
            // the board decides, but not a board member about the unit they head (they wrote its pledge)
            return (user.has(Role.BOARD) || user.has(Role.ADMIN)) && !isAuthor(user, subject);
        }
        return supervision.mayDecide(user, individuals.findById(subject.id()).orElseThrow());
    }

    Subject subjectOf(Pledge pledge) {
        return findSubject(pledge.getSubjectType(), pledge.getSubjectId())
                .orElseThrow(() -> new NotFoundException("pledge", pledge.getId()));
    }

    private java.util.Optional<Subject> findSubject(SubjectType type, Long id) {
        if (type == SubjectType.INDIVIDUAL) {
            return individuals.findById(id).map(i -> new Subject(type, i.getId(), i.getUnitId(), i.getCode(),
                    i.getFullName(), i.getPosition()));
        }
        return units.findById(id).map(u -> new Subject(type, u.getId(), u.getId(), u.getCode(), u.getName(), null));
    }

    private Pledge load(Long id) {
        return pledges.findById(id).orElseThrow(() -> new NotFoundException("pledge", id));
    }

    private static Map<String, Object> snapshot(Pledge p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subjectType", p.getSubjectType());
        values.put("subjectId", p.getSubjectId());
        values.put("targetTitle", p.getTargetTitle());
        values.put("commitments", p.getCommitments());
        values.put("extraCommitments", p.getExtraCommitments());
        values.put("status", p.getStatus());
        return values;
    }
}
