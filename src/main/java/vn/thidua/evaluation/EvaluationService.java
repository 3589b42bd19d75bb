package vn.thidua.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Participation;
import vn.thidua.evaluation.EvaluationScores.Points;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.evaluation.EvaluationTrail.Event;
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
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.UnsupportedFileTypeException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Self-assessment, review scoring, finalisation and reopening of evaluations, with their evidence
 * (DESIGN §3–§4, API.md Evaluations). Who: the subject assesses itself (a person themself, a head
 * their unit); a person is reviewed by a head above them ({@link Supervision}), a unit by the board;
 * the board reopens. When: by campaign status (self in IN_PROGRESS and SCORING; review of people
 * in SCORING, of units in SCORING and REVIEW; finalising and reopening in SCORING and REVIEW).
 * Refusals: 404 unknown campaign or subject, 403 outside the caller's scope, 409 wrong status or
 * stale version, 400 bad points; nothing is saved after a refusal. Every change is audited.
 */
@Service
@Transactional
public class EvaluationService {

    public static final String AUDIT_ENTITY = EvaluationTrail.ENTITY;
    static final int NOTE_MAX = 1000;
    static final int REASON_MAX = 1000;
    static final int URL_MAX = 2000;

    private static final Set<CampaignStatus> SELF = EnumSet.of(CampaignStatus.IN_PROGRESS, CampaignStatus.SCORING);
    private static final Set<CampaignStatus> REVIEW_INDIVIDUALS = EnumSet.of(CampaignStatus.SCORING);
    private static final Set<CampaignStatus> REVIEW_UNITS = EnumSet.of(CampaignStatus.SCORING, CampaignStatus.REVIEW);
    static final Set<CampaignStatus> FINALISE = EnumSet.of(CampaignStatus.SCORING, CampaignStatus.REVIEW);

    /** The campaign statuses in which review points of this subject type may be saved (DESIGN §4). */
    static Set<CampaignStatus> reviewStatuses(SubjectType type) {
        return type == SubjectType.INDIVIDUAL ? REVIEW_INDIVIDUALS : REVIEW_UNITS;
    }

    private final CampaignRepository campaigns;
    private final CriterionRepository criteria;
    private final IndividualRepository individuals;
    private final UnitRepository units;
    private final UnitScope scope;
    private final Supervision supervision;
    private final Participation participation;
    private final EvaluationRepository evaluations;
    private final EvaluationScores scores;
    private final EvidenceStore evidence;
    private final EvaluationTrail trail;
    private final JdbcClient jdbc;

    EvaluationService(CampaignRepository campaigns, CriterionRepository criteria, IndividualRepository individuals,
                      UnitRepository units, UnitScope scope, Supervision supervision, Participation participation,
                      EvaluationRepository evaluations,
                      EvaluationScores scores, EvidenceStore evidence, EvaluationTrail trail, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.individuals = individuals;
        this.units = units;
        this.scope = scope;
        this.supervision = supervision;
        this.participation = participation;
        this.evaluations = evaluations;
        this.scores = scores;
        this.evidence = evidence;
        this.trail = trail;
        this.jdbc = jdbc;
    }

    /**
     * Points and note for one criterion, from a form or a request ({@code points} null clears it).
     * {@code unreadable} is what was sent instead of points when it was not a number ("abc", "1e3"):
     * refused by {@link #validate} naming the criterion and its range.
     */
    public record ScoreInput(Long criterionId, BigDecimal points, String note, String unreadable) {

        public ScoreInput(Long criterionId, BigDecimal points, String note) {
            this(criterionId, points, note, null);
        }

        /** From typed text: digits with a decimal comma or point; blank clears. */
        public static ScoreInput typed(Long criterionId, String points, String note) {
            try {
                return new ScoreInput(criterionId, PointsText.parse(points), note, null);
            } catch (NumberFormatException e) {
                return new ScoreInput(criterionId, null, note, points.strip());
            }
        }
    }

    /** A subject and the version the caller saw, for bulk finalising. */
    public record SubjectVersion(Long subjectId, Long version) {
    }

    /** A downloadable evidence file. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    // ---- reading ----------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvaluationView get(Long campaignId, SubjectType type, Long subjectId) {
        Context context = context(campaignId, type, subjectId);
        checkRead(context);
        return view(context);
    }

    /** The history of an evaluation, newest first, for those who may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EvaluationTrail.Entry> history(Long campaignId, SubjectType type, Long subjectId) {
        Context context = context(campaignId, type, subjectId);
        checkRead(context);
        return trail.history(context.evaluation == null ? null : context.evaluation.getId());
    }

    // ---- self-assessment --------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public EvaluationView saveSelf(Long campaignId, SubjectType type, Long subjectId, Long version,
                                   List<ScoreInput> inputs) {
        Context context = context(campaignId, type, subjectId);
        checkSelf(context);
        checkCampaign(context, SELF, "evaluation.campaignStatus.self");
        Evaluation evaluation = ensure(context);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation.locked.self", evaluation.getStatus().label());
        }
        List<Valid> valid = validate(context, inputs, "scores");
        Map<Long, Score> stored = scores.of(evaluation.getId());
        List<Points> changed = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Valid v : valid) {
            Score old = stored.get(v.criterion.getId());
            BigDecimal oldPoints = old == null ? null : old.selfPoints();
            String oldNote = old == null ? null : old.selfNote();
            if (!samePoints(oldPoints, v.points) || !Objects.equals(oldNote, v.note)) {
                changed.add(new Points(v.criterion.getId(), v.points, v.note));
                boolean noteChanged = !Objects.equals(oldNote, v.note);
                events.add(new Event("SELF_SCORED", describe(v.criterion, oldPoints, oldNote, noteChanged),
                        describe(v.criterion, v.points, v.note, noteChanged)));
            }
        }
        if (changed.isEmpty()) {
            return view(context);
        }
        save(evaluation, context.user);
        scores.saveSelf(evaluation.getId(), changed);
        trail.record(evaluation.getId(), campaignId, null, events);
        return view(context);
    }

    /** Hands in the self-assessment: every applicable criterion must have self points. */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView submit(Long campaignId, SubjectType type, Long subjectId, Long version) {
        Context context = context(campaignId, type, subjectId);
        checkSelf(context);
        checkCampaign(context, SELF, "evaluation.campaignStatus.self");
        Evaluation evaluation = ensure(context);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation.submit.status", evaluation.getStatus().label());
        }
        Map<Long, Score> stored = scores.of(evaluation.getId());
        String missing = context.criteria.stream()
                .filter(c -> stored.get(c.getId()) == null || stored.get(c.getId()).selfPoints() == null)
                .map(Criterion::getCode).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ConflictException("evaluation.submit.incomplete", missing);
        }
        changeStatus(context, evaluation, EvaluationStatus.SUBMITTED, "SUBMITTED", null);
        return view(context);
    }

    // ---- review -----------------------------------------------------------------------------

    /**
     * Review points of some criteria. Changing a review score that was already set needs a reason.
     * The evaluation becomes REVIEWED with its first review score; a FINALISED one is read-only.
     */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView saveReview(Long campaignId, SubjectType type, Long subjectId, Long version,
                                     List<ScoreInput> inputs, String reason) {
        return saveReview(campaignId, type, subjectId, version, inputs, reason, false);
    }

    /**
     * One cell of the review grid: the points of one criterion as typed (blank clears them); its
     * review note stays as it is.
     */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView saveReviewCell(Long campaignId, SubjectType type, Long subjectId, Long version,
                                         Long criterionId, String points, String reason) {
        return saveReview(campaignId, type, subjectId, version, List.of(ScoreInput.typed(criterionId, points, null)),
                reason, true);
    }

    private EvaluationView saveReview(Long campaignId, SubjectType type, Long subjectId, Long version,
                                      List<ScoreInput> inputs, String reason, boolean keepNotes) {
        Context context = context(campaignId, type, subjectId);
        checkReview(context);
        checkCampaign(context, reviewStatuses(type),
                "evaluation.campaignStatus.review");
        Evaluation evaluation = ensure(context);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() == EvaluationStatus.FINALISED) {
            throw new ConflictException("evaluation.locked.finalised", evaluation.getStatus().label());
        }
        List<Valid> valid = validate(context, inputs, "scores");
        String cleanReason = reason(reason);
        Map<Long, Score> stored = scores.of(evaluation.getId());
        List<Points> changed = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> changedSetScores = new ArrayList<>();
        boolean anyReview = stored.values().stream().anyMatch(s -> s.reviewPoints() != null);
        for (Valid given : valid) {
            Score old = stored.get(given.criterion.getId());
            BigDecimal oldPoints = old == null ? null : old.reviewPoints();
            String oldNote = old == null ? null : old.reviewNote();
            Valid v = keepNotes ? new Valid(given.criterion, given.points, oldNote) : given;
            boolean pointsChanged = !samePoints(oldPoints, v.points);
            if (pointsChanged || !Objects.equals(oldNote, v.note)) {
                if (pointsChanged && oldPoints != null) {
                    changedSetScores.add(v.criterion.getCode());
                }
                changed.add(new Points(v.criterion.getId(), v.points, v.note));
                boolean noteChanged = !Objects.equals(oldNote, v.note);
                events.add(new Event("REVIEW_SCORED", describe(v.criterion, oldPoints, oldNote, noteChanged),
                        describe(v.criterion, v.points, v.note, noteChanged)));
            }
            anyReview |= v.points != null;
        }
        if (changed.isEmpty()) {
            return view(context);
        }
        EvaluationStatus before = evaluation.getStatus();
        if (anyReview && before != EvaluationStatus.REVIEWED) {
            evaluation.setStatus(EvaluationStatus.REVIEWED);
            events.add(new Event("STATUS_CHANGED", before.name(), EvaluationStatus.REVIEWED.name()));
        }
        // the version is checked against the database before the reason rule: someone who saved the same
        // cell a moment earlier makes this save stale (409), not a change that needs a reason (400)
        save(evaluation, context.user);
        if (!changedSetScores.isEmpty() && cleanReason == null) {
            throw new InvalidInputException("reason", "evaluation.reason.required", String.join(", ", changedSetScores));
        }
        scores.saveReview(evaluation.getId(), changed);
        trail.record(evaluation.getId(), campaignId, cleanReason, events);
        return view(context);
    }

    /** Locks a complete, reviewed evaluation; by its reviewer. */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView finalise(Long campaignId, SubjectType type, Long subjectId, Long version) {
        Context context = context(campaignId, type, subjectId);
        finalise(context, version);
        return view(context);
    }

    /** Finalises several evaluations at once (the grid's bulk action): all or none. */
    @PreAuthorize("isAuthenticated()")
    public int finaliseAll(Long campaignId, SubjectType type, List<SubjectVersion> subjects) {
        for (SubjectVersion subject : subjects) {
            finalise(context(campaignId, type, subject.subjectId()), subject.version());
        }
        return subjects.size();
    }

    private void finalise(Context context, Long version) {
        checkReview(context);
        checkCampaign(context, FINALISE, "evaluation.campaignStatus.finalise");
        Evaluation evaluation = ensure(context);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.REVIEWED) {
            throw new ConflictException("evaluation.finalise.status", context.subjectName, evaluation.getStatus().label());
        }
        Map<Long, Score> stored = scores.of(evaluation.getId());
        String missing = context.criteria.stream()
                .filter(c -> stored.get(c.getId()) == null || stored.get(c.getId()).reviewPoints() == null)
                .map(Criterion::getCode).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ConflictException("evaluation.finalise.incomplete", context.subjectName, missing);
        }
        changeStatus(context, evaluation, EvaluationStatus.FINALISED, "FINALISED", null);
    }

    /** The board opens a finalised evaluation again, with a reason; it goes back to REVIEWED. */
    @PreAuthorize("isAuthenticated()")
    public EvaluationView reopen(Long campaignId, SubjectType type, Long subjectId, Long version, String reason) {
        Context context = context(campaignId, type, subjectId);
        boolean board = context.user.has(Role.BOARD) || context.user.has(Role.ADMIN);
        if (!board || context.isCaller()) {
            throw new AccessDeniedException("only the board reopens evaluations");
        }
        checkCampaign(context, FINALISE, "evaluation.campaignStatus.reopen");
        Evaluation evaluation = ensure(context);
        evaluation.checkVersion(version);
        if (evaluation.getStatus() != EvaluationStatus.FINALISED) {
            throw new ConflictException("evaluation.reopen.status", evaluation.getStatus().label());
        }
        String cleanReason = reason(reason);
        if (cleanReason == null) {
            throw new InvalidInputException("reason", "evaluation.reopen.reasonRequired");
        }
        changeStatus(context, evaluation, EvaluationStatus.REVIEWED, "REOPENED", cleanReason);
        return view(context);
    }

    // ---- evidence ---------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public EvidenceItem addLink(Long campaignId, SubjectType type, Long subjectId, Long criterionId, String url) {
        Context context = context(campaignId, type, subjectId);
        Evaluation evaluation = editableEvidence(context);
        Criterion criterion = evidenceCriterion(context, criterionId);
        String clean = url == null ? null : url.strip();
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("url", "evidence.url.required");
        }
        if (clean.length() > URL_MAX || !isWebAddress(clean)) {
            throw new InvalidInputException("url", "evidence.url.invalid", URL_MAX);
        }
        long id = evidence.addLink(evaluation.getId(), criterion == null ? null : criterion.getId(), clean,
                context.user.displayName());
        trail.record(evaluation.getId(), campaignId, null, List.of(new Event("EVIDENCE_ADDED", null,
                (criterion == null ? "" : criterion.getCode() + ": ") + clean)));
        return evidence.find(id).orElseThrow();
    }

    /** A file (PDF, PNG, JPEG, DOCX, XLSX by content; the size limit is checked by the caller's upload). */
    @PreAuthorize("isAuthenticated()")
    public EvidenceItem addFile(Long campaignId, SubjectType type, Long subjectId, Long criterionId,
                                String originalName, byte[] content) {
        Context context = context(campaignId, type, subjectId);
        Evaluation evaluation = editableEvidence(context);
        Criterion criterion = evidenceCriterion(context, criterionId);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "evidence.file.empty");
        }
        String contentType = UploadedFiles.contentType(content)
                .orElseThrow(() -> new UnsupportedFileTypeException("evidence.file.type"));
        String name = UploadedFiles.safeName(originalName, contentType);
        long id = evidence.addFile(evaluation.getId(), criterion == null ? null : criterion.getId(), name,
                contentType, content, context.user.displayName());
        trail.record(evaluation.getId(), campaignId, null, List.of(new Event("EVIDENCE_ADDED", null,
                (criterion == null ? "" : criterion.getCode() + ": ") + name)));
        return evidence.find(id).orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    public void deleteEvidence(Long campaignId, SubjectType type, Long subjectId, Long evidenceId) {
        Context context = context(campaignId, type, subjectId);
        checkSelf(context); // before looking the evidence up: others learn nothing about its ids
        EvidenceItem item = evidenceOf(context, evidenceId);
        editableEvidence(context);
        evidence.delete(evidenceId);
        trail.record(item.evaluationId(), campaignId, null, List.of(new Event("EVIDENCE_REMOVED",
                item.kind() == EvidenceItem.Kind.LINK ? item.url() : item.fileName(), null)));
    }

    /** The file, for those who may read the evaluation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile download(Long campaignId, SubjectType type, Long subjectId, Long evidenceId) {
        Context context = context(campaignId, type, subjectId);
        checkRead(context);
        EvidenceItem item = evidenceOf(context, evidenceId);
        if (item.kind() != EvidenceItem.Kind.FILE) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return new EvidenceFile(item.fileName(), item.contentType(), evidence.content(evidenceId));
    }

    private EvidenceItem evidenceOf(Context context, Long evidenceId) {
        EvidenceItem item = evidence.find(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        if (context.evaluation == null || !item.evaluationId().equals(context.evaluation.getId())) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return item;
    }

    private Evaluation editableEvidence(Context context) {
        checkSelf(context);
        checkCampaign(context, SELF, "evaluation.campaignStatus.self");
        Evaluation evaluation = ensure(context);
        if (evaluation.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation.locked.self", evaluation.getStatus().label());
        }
        return evaluation;
    }

    private static Criterion evidenceCriterion(Context context, Long criterionId) {
        if (criterionId == null) {
            return null;
        }
        return context.criteria.stream().filter(c -> c.getId().equals(criterionId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("criterionId", "evaluation.criterion.unknown", criterionId));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    // ---- permissions (also used by the pages) ------------------------------------------------

    void checkRead(Context context) {
        if (!mayRead(context)) {
            throw new AccessDeniedException("evaluation outside the caller's scope");
        }
    }

    private void checkSelf(Context context) {
        if (!context.isCaller()) {
            throw new AccessDeniedException("only the subject assesses itself");
        }
    }

    private void checkReview(Context context) {
        if (!mayReview(context)) {
            throw new AccessDeniedException("the caller does not review this subject");
        }
    }

    private boolean mayRead(Context context) {
        CurrentUser user = context.user;
        if (user.readsEverything() || context.isCaller()) {
            return true;
        }
        return context.headScope().contains(context.subjectUnitId);
    }

    private boolean mayReview(Context context) {
        CurrentUser user = context.user;
        if (context.type == SubjectType.INDIVIDUAL) {
            return supervision.mayDecide(user, context.individual);
        }
        return (user.has(Role.BOARD) || user.has(Role.ADMIN)) && !context.isCaller();
    }

    private static void checkCampaign(Context context, Set<CampaignStatus> allowed, String messageKey) {
        CampaignStatus status = context.campaign.getStatus();
        if (!allowed.contains(status)) {
            throw new ConflictException(messageKey, status.label());
        }
    }

    // ---- internals --------------------------------------------------------------------------

    /** Everything a request about one evaluation needs, read once. */
    private final class Context {
        final CurrentUser user = CurrentUser.get();
        Campaign campaign;
        SubjectType type;
        Long subjectId;
        String subjectCode;
        String subjectName;
        Long subjectUnitId;
        Individual individual;
        Unit unit;
        List<Criterion> allCriteria;
        List<Criterion> criteria;
        Evaluation evaluation;
        private Set<Long> headScope;

        /** Is the caller the subject: the person themself, or the head of the unit? */
        boolean isCaller() {
            if (type == SubjectType.INDIVIDUAL) {
                return subjectId.equals(user.individualId());
            }
            return unit.isActive() && unit.getHeadIndividualId() != null
                    && unit.getHeadIndividualId().equals(user.individualId());
        }

        Set<Long> headScope() {
            if (headScope == null) {
                headScope = scope.of(user);
            }
            return headScope;
        }
    }

    private Context context(Long campaignId, SubjectType type, Long subjectId) {
        if (type == null) {
            throw new InvalidInputException("subjectType", "evaluation.subjectType.invalid");
        }
        Context context = new Context();
        context.campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (context.campaign.getStatus() == CampaignStatus.DRAFT && !context.user.readsEverything()) {
            throw new NotFoundException("campaign", campaignId); // a draft is not launched: as CampaignService.get
        }
        context.type = type;
        context.subjectId = subjectId;
        if (type == SubjectType.INDIVIDUAL) {
            Individual individual = individuals.findById(subjectId)
                    .orElseThrow(() -> new NotFoundException("individual", subjectId));
            context.individual = individual;
            context.subjectCode = individual.getCode();
            context.subjectName = individual.getFullName();
            context.subjectUnitId = individual.getUnitId();
        } else {
            Unit unit = units.findById(subjectId).orElseThrow(() -> new NotFoundException("unit", subjectId));
            context.unit = unit;
            context.subjectCode = unit.getCode();
            context.subjectName = unit.getName();
            context.subjectUnitId = unit.getId();
        }
        context.allCriteria = criteria.findByCampaignIdOrderByPositionAsc(campaignId);
        context.criteria = context.allCriteria.stream().filter(c -> c.appliesTo(type)).toList();
        context.evaluation = evaluations.findByCampaignIdAndSubjectTypeAndSubjectId(campaignId, type, subjectId)
                .orElse(null);
        if (context.evaluation == null && !participation.takesPart(context.campaign, context.subjectUnitId)) {
            // an existing evaluation stays readable if the campaign's units change later
            if (mayRead(context)) {
                throw new ConflictException("evaluation.notParticipating", context.subjectName);
            }
            throw new AccessDeniedException("subject outside the caller's scope");
        }
        return context;
    }

    /** The evaluation row, created on the first write (version 0, as a read of the untouched one shows). */
    private Evaluation ensure(Context context) {
        if (context.evaluation == null) {
            jdbc.sql("""
                            insert into evaluation (campaign_id, subject_type, subject_id, status, version)
                            values (:campaign, :type, :subject, 'OPEN', 0)
                            on conflict (campaign_id, subject_type, subject_id) do nothing""")
                    .param("campaign", context.campaign.getId()).param("type", context.type.name())
                    .param("subject", context.subjectId).update();
            context.evaluation = evaluations.findByCampaignIdAndSubjectTypeAndSubjectId(context.campaign.getId(),
                    context.type, context.subjectId).orElseThrow();
        }
        return context.evaluation;
    }

    /** Stamps the save and writes the new version now, so a concurrent save fails before its scores are written. */
    private void save(Evaluation evaluation, CurrentUser user) {
        evaluation.touch(user.displayName());
        evaluations.saveAndFlush(evaluation);
    }

    private void changeStatus(Context context, Evaluation evaluation, EvaluationStatus to, String action,
                              String reason) {
        EvaluationStatus from = evaluation.getStatus();
        evaluation.setStatus(to);
        save(evaluation, context.user);
        trail.record(evaluation.getId(), context.campaign.getId(), reason,
                List.of(new Event(action, from.name(), to.name())));
    }

    private record Valid(Criterion criterion, BigDecimal points, String note) {
    }

    /** Every problem of the request at once: unknown or inapplicable criteria, points out of range, notes. */
    private List<Valid> validate(Context context, List<ScoreInput> inputs, String field) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException(field, "evaluation.scores.required");
        }
        Map<Long, Criterion> all = context.allCriteria.stream()
                .collect(Collectors.toMap(Criterion::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<FieldProblem> problems = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoreInput input = inputs.get(i);
            String at = field + "[" + i + "]";
            if (input == null || input.criterionId() == null) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.required"));
                continue;
            }
            Criterion criterion = all.get(input.criterionId());
            if (criterion == null) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.unknown", input.criterionId()));
                continue;
            }
            if (!criterion.appliesTo(context.type)) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.notApplicable",
                        criterion.getCode(), new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"evaluation.subjectType." + context.type.name()}, context.type.name())));
                continue;
            }
            if (!seen.add(criterion.getId())) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.duplicate", criterion.getCode()));
                continue;
            }
            BigDecimal points = input.points();
            boolean ok = true;
            if (input.unreadable() != null) {
                problems.add(new FieldProblem(at + ".points", "evaluation.points.invalid", criterion.getCode(),
                        criterion.getTitle(), input.unreadable(), criterion.getMaxPoints().stripTrailingZeros()));
                ok = false;
            } else if (points != null) {
                BigDecimal max = criterion.getMaxPoints();
                if (points.stripTrailingZeros().scale() > 2) {
                    problems.add(new FieldProblem(at + ".points", "evaluation.points.scale", criterion.getCode(),
                            criterion.getTitle(), max.stripTrailingZeros()));
                    ok = false;
                } else if (points.signum() < 0 || points.compareTo(max) > 0) {
                    problems.add(new FieldProblem(at + ".points", "evaluation.points.range", criterion.getCode(),
                            criterion.getTitle(), max.stripTrailingZeros()));
                    ok = false;
                }
            }
            String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
            if (note != null && note.length() > NOTE_MAX) {
                problems.add(new FieldProblem(at + ".note", "evaluation.note.tooLong", criterion.getCode(), NOTE_MAX));
                ok = false;
            }
            if (ok) {
                valid.add(new Valid(criterion, points == null ? null : points.setScale(2, RoundingMode.UNNECESSARY),
                        note));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid;
    }

    private static String reason(String reason) {
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (clean != null && clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "evaluation.reason.tooLong", REASON_MAX);
        }
        return clean;
    }

    private static boolean samePoints(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** "C3: 12.00" (and the note when it changed); "C3: —" when there are no points. */
    static String describe(Criterion criterion, BigDecimal points, String note, boolean withNote) {
        String text = criterion.getCode() + ": " + (points == null ? "—" : points.setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString());
        return withNote && note != null ? text + " | " + note : text;
    }

    private EvaluationView view(Context context) {
        Evaluation e = context.evaluation;
        Map<Long, Score> stored = scores.of(e == null ? null : e.getId());
        List<EvaluationView.Line> lines = new ArrayList<>();
        List<Scorecard.Line> review = new ArrayList<>();
        List<Scorecard.Line> self = new ArrayList<>();
        for (Criterion c : context.criteria) {
            Score s = stored.get(c.getId());
            lines.add(new EvaluationView.Line(c, s == null ? null : s.selfPoints(), s == null ? null : s.selfNote(),
                    s == null ? null : s.reviewPoints(), s == null ? null : s.reviewNote()));
            review.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.reviewPoints()));
            self.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.selfPoints()));
        }
        EvaluationStatus status = e == null ? EvaluationStatus.OPEN : e.getStatus();
        CampaignStatus campaignStatus = context.campaign.getStatus();
        Scorecard reviewCard = Scorecard.of(context.type, review, context.campaign.getThresholds());
        boolean caller = context.isCaller();
        boolean reviewer = mayReview(context);
        boolean board = (context.user.has(Role.BOARD) || context.user.has(Role.ADMIN)) && !caller;
        EvaluationView.Permissions can = new EvaluationView.Permissions(
                caller && SELF.contains(campaignStatus) && status == EvaluationStatus.OPEN,
                caller && SELF.contains(campaignStatus) && status == EvaluationStatus.OPEN,
                reviewer && reviewStatuses(context.type).contains(campaignStatus) && status != EvaluationStatus.FINALISED,
                reviewer && FINALISE.contains(campaignStatus) && status == EvaluationStatus.REVIEWED
                        && reviewCard.complete(),
                board && FINALISE.contains(campaignStatus) && status == EvaluationStatus.FINALISED);
        return new EvaluationView(context.campaign, context.type, context.subjectId, context.subjectCode,
                context.subjectName, context.subjectUnitId, e == null ? null : e.getId(), status,
                e == null ? 0 : e.getVersion(), e == null ? null : e.getSubmittedAt(),
                e == null ? null : e.getFinalisedAt(), e == null ? null : e.getChangedBy(), lines, reviewCard,
                Scorecard.of(context.type, self, context.campaign.getThresholds()),
                evidence.of(e == null ? null : e.getId()), can);
    }
}
