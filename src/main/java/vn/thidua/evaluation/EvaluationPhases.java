package vn.thidua.evaluation;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;

import java.util.EnumSet;
import java.util.Set;

/**
 * When each step of an evaluation is open, by campaign status (DESIGN §4): self-assessment in
 * IN_PROGRESS and SCORING; review of people in SCORING, of units in SCORING and REVIEW; finalising
 * and reopening in SCORING and REVIEW. Outside its window a step is refused with 409 naming the status.
 */
public final class EvaluationPhases {

    /** The campaign is under way (IN_PROGRESS and later): evaluations are shown. */
    public static final Set<CampaignStatus> UNDER_WAY = EnumSet.of(CampaignStatus.IN_PROGRESS,
            CampaignStatus.SCORING, CampaignStatus.REVIEW, CampaignStatus.CLOSED);
    /** Scoring has begun (SCORING and later): the review grids are shown, editable or read-only. */
    public static final Set<CampaignStatus> SCORED = EnumSet.of(CampaignStatus.SCORING, CampaignStatus.REVIEW,
            CampaignStatus.CLOSED);
    static final Set<CampaignStatus> SELF = EnumSet.of(CampaignStatus.IN_PROGRESS, CampaignStatus.SCORING);
    static final Set<CampaignStatus> FINALISE = EnumSet.of(CampaignStatus.SCORING, CampaignStatus.REVIEW);
    private static final Set<CampaignStatus> REVIEW_INDIVIDUALS = EnumSet.of(CampaignStatus.SCORING);
    private static final Set<CampaignStatus> REVIEW_UNITS = EnumSet.of(CampaignStatus.SCORING, CampaignStatus.REVIEW);

    private EvaluationPhases() {
    }

    /** The campaign statuses in which review points of this subject type may be saved. */
    static Set<CampaignStatus> review(SubjectType type) {
        return type == SubjectType.INDIVIDUAL ? REVIEW_INDIVIDUALS : REVIEW_UNITS;
    }

    static boolean reviewOpen(Campaign campaign, SubjectType type) {
        return review(type).contains(campaign.getStatus());
    }

    static boolean finalisingOpen(Campaign campaign) {
        return FINALISE.contains(campaign.getStatus());
    }

    /** 409 naming the campaign's status when it is not one of {@code allowed}. */
    static void check(Campaign campaign, Set<CampaignStatus> allowed, String messageKey) {
        CampaignStatus status = campaign.getStatus();
        if (!allowed.contains(status)) {
            throw new ConflictException(messageKey, status.label());
        }
    }
}
