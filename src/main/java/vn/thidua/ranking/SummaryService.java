package vn.thidua.ranking;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.Classification;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.ranking.CampaignSummary.Counts;
import vn.thidua.ranking.CampaignSummary.UnitProgress;
import vn.thidua.ranking.RankingQueries.Pending;
import vn.thidua.ranking.RankingQueries.Scope;
import vn.thidua.ranking.RankingQueries.Source;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ExplainedAccessDeniedException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The board's view of a campaign: the summary counts, the progress per unit and the participants
 * not yet scored. BOARD and ADMIN read it at any time (live); once the campaign is CLOSED everyone
 * who sees the campaign reads it, from the snapshot. A fixed number of statements whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

    private static final String COUNTS = """
            select s.pledge_status, s.evaluation_status, s.classification, count(*) as n
            from %s
            group by s.pledge_status, s.evaluation_status, s.classification""";

    private static final String PROGRESS = """
            select s.unit_id, s.unit_code, s.unit_name, count(*) as people,
                   count(*) filter (where s.pledge_status is null) as no_pledge,
                   count(*) filter (where s.pledge_status = 'DRAFT') as draft,
                   count(*) filter (where s.pledge_status = 'SUBMITTED') as submitted,
                   count(*) filter (where s.pledge_status = 'APPROVED') as approved,
                   count(*) filter (where s.pledge_status = 'RETURNED') as returned,
                   count(*) filter (where s.evaluation_status is null or s.evaluation_status = 'OPEN') as not_assessed,
                   count(*) filter (where s.evaluation_status = 'SUBMITTED') as self_assessed,
                   count(*) filter (where s.evaluation_status = 'REVIEWED') as reviewed,
                   count(*) filter (where s.evaluation_status = 'FINALISED') as finalised,
                   avg(s.total) as average_total
            from %s
            group by s.unit_id, s.unit_code, s.unit_name
            order by s.unit_name, s.unit_id""";

    private final CampaignService campaigns;
    private final RankingQueries queries;

    SummaryService(CampaignService campaigns, RankingQueries queries) {
        this.campaigns = campaigns;
        this.queries = queries;
    }

    /**
     * Everything the summary report shows, read in one go for the page and the files: the counts,
     * the first {@code top} of the individual ranking, the unit ranking, and the first {@code listed}
     * people and units not final or not scored. Whoever reads the summary reads every ranking row.
     */
    public record SummaryContents(CampaignSummary summary, List<RankedSubject> top, List<RankedSubject> units,
                                  List<RankedSubject> notFinalPeople, List<RankedSubject> notFinalUnits,
                                  List<RankedSubject> notScoredPeople, List<RankedSubject> notScoredUnits) {
    }

    @PreAuthorize("isAuthenticated()")
    public CampaignSummary summary(Long campaignId) {
        Campaign campaign = readable(campaignId);
        return summary(campaign, source(campaign));
    }

    @PreAuthorize("isAuthenticated()")
    public SummaryContents contents(Long campaignId, int top, int listed) {
        Campaign campaign = readable(campaignId);
        Source source = source(campaign);
        List<RankedSubject> leaders = queries.page(campaign, SubjectType.INDIVIDUAL, source, RankingFilter.ALL,
                Scope.EVERYTHING, PageRequest.of(0, top)).getContent();
        List<RankedSubject> units = new ArrayList<>();
        queries.each(campaign, SubjectType.COLLECTIVE, source, RankingFilter.ALL, Scope.EVERYTHING, units::add);
        return new SummaryContents(summary(campaign, source), leaders, units,
                queries.pending(campaign, SubjectType.INDIVIDUAL, source, Pending.NOT_FINAL, listed),
                queries.pending(campaign, SubjectType.COLLECTIVE, source, Pending.NOT_FINAL, listed),
                queries.pending(campaign, SubjectType.INDIVIDUAL, source, Pending.NOT_SCORED, listed),
                queries.pending(campaign, SubjectType.COLLECTIVE, source, Pending.NOT_SCORED, listed));
    }

    private CampaignSummary summary(Campaign campaign, Source source) {
        Map<SubjectType, Counts> counts = new EnumMap<>(SubjectType.class);
        for (SubjectType type : SubjectType.values()) {
            counts.put(type, counts(campaign, type, source));
        }
        List<UnitProgress> units = queries.aggregate(campaign, SubjectType.INDIVIDUAL, source, PROGRESS,
                (rs, n) -> new UnitProgress(rs.getLong("unit_id"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getLong("people"), rs.getLong("no_pledge"),
                        rs.getLong("draft"), rs.getLong("submitted"), rs.getLong("approved"), rs.getLong("returned"),
                        rs.getLong("not_assessed"), rs.getLong("self_assessed"), rs.getLong("reviewed"),
                        rs.getLong("finalised"), UnitProgress.average(rs.getBigDecimal("average_total"))));
        return new CampaignSummary(campaign, source == Source.FROZEN, counts, units);
    }

    /** The first {@code limit} participants of one type without a review (not ranked), by unit and name. */
    @PreAuthorize("isAuthenticated()")
    public List<RankedSubject> notScored(Long campaignId, SubjectType type, int limit) {
        Campaign campaign = readable(campaignId);
        return queries.pending(campaign, type, source(campaign), Pending.NOT_SCORED, limit);
    }

    /** Everyone taking part, ranked or not, by unit then name, one at a time. */
    @PreAuthorize("isAuthenticated()")
    public void eachParticipant(Long campaignId, SubjectType type, Consumer<RankedSubject> consumer) {
        Campaign campaign = readable(campaignId);
        queries.eachParticipant(campaign, type, source(campaign), consumer);
    }

    private Counts counts(Campaign campaign, SubjectType type, Source source) {
        Map<String, Long> pledges = zeroes(PledgeStatus.values());
        Map<String, Long> evaluations = zeroes(EvaluationStatus.values());
        Map<String, Long> classifications = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            classifications.put(c.name(), 0L);
        }
        long[] participants = {0};
        queries.aggregate(campaign, type, source, COUNTS, (rs, n) -> {
            long count = rs.getLong("n");
            participants[0] += count;
            pledges.merge(orNone(rs.getString("pledge_status")), count, Long::sum);
            evaluations.merge(orNone(rs.getString("evaluation_status")), count, Long::sum);
            String classification = rs.getString("classification");
            if (classification != null) {
                classifications.merge(classification, count, Long::sum);
            }
            return null;
        });
        return new Counts(participants[0], pledges, evaluations, classifications);
    }

    private static Map<String, Long> zeroes(Enum<?>[] statuses) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put(CampaignSummary.NONE, 0L);
        for (Enum<?> status : statuses) {
            map.put(status.name(), 0L);
        }
        return map;
    }

    private static String orNone(String status) {
        return status == null ? CampaignSummary.NONE : status;
    }

    /** The campaign, if the caller may read its summary (checked before an export starts streaming). */
    @PreAuthorize("isAuthenticated()")
    public Campaign campaign(Long campaignId) {
        return readable(campaignId);
    }

    private Campaign readable(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (!CurrentUser.get().readsEverything() && campaign.getStatus() != CampaignStatus.CLOSED) {
            throw new ExplainedAccessDeniedException("ranking.summary.notPublished", campaign.getStatus().label());
        }
        return campaign;
    }

    private Source source(Campaign campaign) {
        return campaign.getStatus() == CampaignStatus.CLOSED && queries.frozen(campaign.getId())
                ? Source.FROZEN : Source.LIVE;
    }
}
