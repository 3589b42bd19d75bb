package vn.thidua.ranking.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.organisation.SubjectType;
import vn.thidua.ranking.CampaignSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API.md *Rankings* {@code /summary}: counts for the board, each keyed by subject type
 * ({@code INDIVIDUAL}, {@code COLLECTIVE}) then by status or classification; {@code NONE} counts
 * subjects with no pledge or no evaluation. {@code frozen} says the figures come from the snapshot
 * taken when the campaign closed. {@code registered} (SUBMITTED + APPROVED) and {@code drafts} (DRAFT)
 * are derived counts added for the board's "Đã đăng ký x/y"; the other fields keep their meaning.
 */
record SummaryResponse(long campaignId, String campaignStatus, boolean frozen, Map<String, Long> participants,
                       Map<String, Map<String, Long>> pledgesByStatus,
                       Map<String, Map<String, Long>> evaluationsByStatus,
                       Map<String, Map<String, Long>> subjectsByClassification,
                       Map<String, Long> notRanked,
                       @Schema(description = "per subject type, pledges SUBMITTED or APPROVED: the registered count "
                               + "(a draft or a returned pledge is not registered); derived from pledgesByStatus")
                       Map<String, Long> registered,
                       @Schema(description = "per subject type, pledges in DRAFT (begun, not sent); equals "
                               + "pledgesByStatus.DRAFT")
                       Map<String, Long> drafts) {

    static SummaryResponse from(CampaignSummary summary) {
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<String, Map<String, Long>> pledges = new LinkedHashMap<>();
        Map<String, Map<String, Long>> evaluations = new LinkedHashMap<>();
        Map<String, Map<String, Long>> classifications = new LinkedHashMap<>();
        Map<String, Long> notRanked = new LinkedHashMap<>();
        Map<String, Long> registered = new LinkedHashMap<>();
        Map<String, Long> drafts = new LinkedHashMap<>();
        for (SubjectType type : SubjectType.values()) {
            CampaignSummary.Counts counts = summary.counts().get(type);
            participants.put(type.name(), counts.participants());
            pledges.put(type.name(), counts.pledges());
            evaluations.put(type.name(), counts.evaluations());
            classifications.put(type.name(), counts.classifications());
            notRanked.put(type.name(), counts.notRanked());
            registered.put(type.name(), counts.registered());
            drafts.put(type.name(), counts.drafts());
        }
        return new SummaryResponse(summary.campaign().getId(), summary.campaign().getStatus().name(),
                summary.frozen(), participants, pledges, evaluations, classifications, notRanked, registered, drafts);
    }
}
