package vn.thidua.pledge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Participation;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The subject writes its pledge (an individual their own, a unit head their unit's) while
 * registration is open: creates it as DRAFT, edits it while DRAFT or RETURNED, submits it. Every
 * change is audited against the pledge and its campaign.
 */
@Service
@Transactional
public class PledgeEditor {

    public static final String AUDIT_ENTITY = "PLEDGE";

    private final PledgeRepository pledges;
    private final PledgeSubjects subjects;
    private final PledgeReader reader;
    private final CampaignService campaigns;
    private final CriterionRepository criteria;
    private final Participation participation;
    private final RegistrationWindow window;
    private final AuditLog audit;
    private final Counter submitted;

    PledgeEditor(PledgeRepository pledges, PledgeSubjects subjects, PledgeReader reader, CampaignService campaigns,
                 CriterionRepository criteria, Participation participation, RegistrationWindow window,
                 AuditLog audit, MeterRegistry metrics) {
        this.pledges = pledges;
        this.subjects = subjects;
        this.reader = reader;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.participation = participation;
        this.window = window;
        this.audit = audit;
        this.submitted = Counter.builder("thidua.pledges.submitted")
                .description("Pledges handed in for review (a resubmission after a return counts again)")
                .register(metrics);
    }

    /** A new DRAFT pledge; a second one for the same subject is 409 (also when two requests race). */
    @PreAuthorize("isAuthenticated()")
    public Pledge create(Long campaignId, SubjectType type, Long subjectId, PledgeData data) {
        Campaign campaign = campaigns.get(campaignId);
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
        SubjectAccess.Rights rights = subjects.find(type, subjectId).orElseThrow(() ->
                new InvalidInputException("subjectId", "pledge.subject.unknown", String.valueOf(subjectId)));
        if (!rights.isSubject()) {
            throw new AccessDeniedException("not the subject of this pledge");
        }
        if (!participation.takesPart(campaign, rights.subject().unitId())) {
            throw new ConflictException("pledge.notParticipating", campaign.getName());
        }
        window.checkOpen(campaign);
        pledges.findByCampaignIdAndSubjectTypeAndSubjectId(campaignId, type, subjectId).ifPresent(existing -> {
            throw new DuplicatePledgeException(existing.getId());
        });
        PledgeContent content = validate(campaign, type, data);
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
        PledgeContent content = validate(campaign, pledge.getSubjectType(), data);
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
        Pledge saved = pledges.saveAndFlush(pledge);
        submitted.increment();
        return saved;
    }

    /**
     * SUBMITTED → DRAFT by the subject while registration is open and nobody has decided yet; an
     * approved or returned pledge is 409 naming its status, a stale version 409, anyone else 403.
     */
    @PreAuthorize("isAuthenticated()")
    public Pledge withdraw(Long pledgeId, Long version) {
        Pledge pledge = load(pledgeId);
        Campaign campaign = forWriting(pledge);
        if (pledge.getStatus() != PledgeStatus.SUBMITTED) {
            throw new ConflictException("pledge.withdraw.wrongStatus", pledge.getStatus().label());
        }
        pledge.checkVersion(version);
        pledge.withdraw();
        audit.record(AuditLog.entry(AUDIT_ENTITY, pledge.getId(), "WITHDRAWN").campaign(campaign.getId())
                .changes(new Changes().field("status", PledgeStatus.SUBMITTED.name(), PledgeStatus.DRAFT.name())));
        return pledges.saveAndFlush(pledge);
    }

    /** The subject itself while registration is open; a reader who is not the subject gets 403, so does anyone else. */
    private Campaign forWriting(Pledge pledge) {
        SubjectAccess.Rights rights = subjects.of(pledge);
        if (!rights.isSubject()) {
            rights.checkRead();
            throw new AccessDeniedException("not the subject of this pledge");
        }
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        window.checkOpen(campaign);
        return campaign;
    }

    private PledgeContent validate(Campaign campaign, SubjectType type, PledgeData data) {
        return PledgeContent.validate(type, data, reader.titlesFor(campaign, type),
                criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()));
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
