package vn.thidua.pledge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review of pledges: the head above an individual (organisation Supervision) or, for units,
 * the board approves a SUBMITTED pledge or returns it with a reason, in REGISTRATION and
 * IN_PROGRESS (also after the deadline). Audited against the pledge and its campaign.
 */
@Service
@Transactional
public class PledgeDecisions {

    static final int REASON_MAX = 1000;

    private final PledgeRepository pledges;
    private final PledgeSubjects subjects;
    private final CampaignService campaigns;
    private final RegistrationWindow window;
    private final AuditLog audit;

    PledgeDecisions(PledgeRepository pledges, PledgeSubjects subjects, CampaignService campaigns,
                    RegistrationWindow window, AuditLog audit) {
        this.pledges = pledges;
        this.subjects = subjects;
        this.campaigns = campaigns;
        this.window = window;
        this.audit = audit;
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

    @PreAuthorize("isAuthenticated()")
    public Pledge approve(Long pledgeId, Long version) {
        return decide(load(pledgeId), version, Decision.APPROVE, null);
    }

    /** SUBMITTED → RETURNED with a mandatory reason (at most 1000 characters). */
    @PreAuthorize("isAuthenticated()")
    public Pledge returnForRevision(Long pledgeId, Long version, String reason) {
        return decide(load(pledgeId), version, Decision.RETURN, reason);
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
                decide(pledge, item.version(), decision, cleanReason);
                done++;
            } catch (AccessDeniedException e) {
                refused.add(new Refusal(item.pledgeId(), null, null, true));
            } catch (DomainException e) {
                refused.add(new Refusal(item.pledgeId(), subjects.of(pledge).subject().name(), e, false));
            }
        }
        return new BulkResult(done, refused);
    }

    private Pledge decide(Pledge pledge, Long version, Decision decision, String reason) {
        SubjectAccess.Rights rights = subjects.of(pledge);
        if (!rights.mayDecide()) {
            rights.checkRead();
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
        String decider = CurrentUser.get().username();
        if (decision == Decision.APPROVE) {
            pledge.approve(decider, now);
        } else {
            pledge.returnForRevision(cleanReason, decider, now);
        }
        audit.record(AuditLog.entry(PledgeEditor.AUDIT_ENTITY, pledge.getId(), pledge.getStatus().name())
                .campaign(campaign.getId()).changes(new Changes().field("status", from.name(), pledge.getStatus().name()))
                .reason(cleanReason));
        return pledges.saveAndFlush(pledge);
    }

    private static String checkReason(String reason) {
        // a browser counts a line break of a textarea as one character but sends two (CRLF)
        String clean = Texts.multiline(reason);
        if (clean == null) {
            throw new InvalidInputException("reason", "pledge.reason.required");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "validation.text.tooLong", REASON_MAX);
        }
        return Texts.checked("reason", clean);
    }

    private Pledge load(Long id) {
        return pledges.findById(id).orElseThrow(() -> new NotFoundException("pledge", id));
    }
}
