package vn.thidua.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Participation;
import vn.thidua.evaluation.EvaluationTrail.Event;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;

import java.util.List;

/**
 * Opens an {@link EvaluationCase} (404 unknown campaign or subject, a draft campaign for anyone
 * but the board; 403 or 409 for a subject that does not take part) and writes the evaluation row
 * the services share: created on the first write, stamped and flushed on every save.
 */
@Component
class EvaluationCases {

    private final CampaignRepository campaigns;
    private final CriterionRepository criteria;
    private final SubjectAccess access;
    private final Participation participation;
    private final EvaluationRepository evaluations;
    private final EvaluationTrail trail;
    private final JdbcClient jdbc;

    EvaluationCases(CampaignRepository campaigns, CriterionRepository criteria, SubjectAccess access,
                    Participation participation, EvaluationRepository evaluations, EvaluationTrail trail,
                    JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.access = access;
        this.participation = participation;
        this.evaluations = evaluations;
        this.trail = trail;
        this.jdbc = jdbc;
    }

    EvaluationCase open(Long campaignId, SubjectType type, Long subjectId) {
        checkType(type);
        return open(campaign(campaignId), type, subjectId);
    }

    /** The campaign, or 404; a draft is not launched and reads as unknown but to the board (as CampaignService.get). */
    Campaign campaign(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (campaign.getStatus() == CampaignStatus.DRAFT && !CurrentUser.get().readsEverything()) {
            throw new NotFoundException("campaign", campaignId);
        }
        return campaign;
    }

    EvaluationCase open(Campaign campaign, SubjectType type, Long subjectId) {
        checkType(type);
        CurrentUser user = CurrentUser.get();
        SubjectAccess.Rights rights = access.rights(user, type, subjectId);
        Subject subject = rights.subject();
        Evaluation evaluation = evaluations.findByCampaignIdAndSubjectTypeAndSubjectId(campaign.getId(), type,
                subjectId).orElse(null);
        EvaluationCase found = new EvaluationCase(user, campaign, subject, rights,
                criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()), evaluation);
        if (evaluation == null && !participation.takesPart(campaign, subject.unitId())) {
            // an existing evaluation stays readable if the campaign's units change later
            if (found.rights.mayRead()) {
                throw new ConflictException("evaluation.notParticipating", subject.name());
            }
            throw new AccessDeniedException("subject outside the caller's scope");
        }
        if (evaluation == null && found.rights.mayRead() && participation.joinedLate(campaign, type, subjectId)) {
            throw new ConflictException("evaluation.joinedLate", subject.name());
        }
        return found;
    }

    private static void checkType(SubjectType type) {
        if (type == null) {
            throw new InvalidInputException("subjectType", "evaluation.subjectType.invalid");
        }
    }

    /** The evaluation row, created on the first write (version 0, as a read of the untouched one shows). */
    Evaluation ensure(EvaluationCase found) {
        if (found.evaluation == null) {
            jdbc.sql("""
                            insert into evaluation (campaign_id, subject_type, subject_id, status, version)
                            values (:campaign, :type, :subject, 'OPEN', 0)
                            on conflict (campaign_id, subject_type, subject_id) do nothing""")
                    .param("campaign", found.campaign.getId()).param("type", found.type().name())
                    .param("subject", found.subject.id()).update();
            found.evaluation = evaluations.findByCampaignIdAndSubjectTypeAndSubjectId(found.campaign.getId(),
                    found.type(), found.subject.id()).orElseThrow();
        }
        return found.evaluation;
    }

    /** Stamps the save and writes the new version now, so a concurrent save fails before its scores are written. */
    void save(EvaluationCase found) {
        found.evaluation.touch(found.user.displayName());
        evaluations.saveAndFlush(found.evaluation);
    }

    void changeStatus(EvaluationCase found, EvaluationStatus to, String action, String reason) {
        EvaluationStatus from = found.evaluation.getStatus();
        found.evaluation.setStatus(to);
        save(found);
        trail.record(found.evaluation.getId(), found.campaign.getId(), reason, List.of(new Event(action, from.name(),
                to.name())));
    }
}
