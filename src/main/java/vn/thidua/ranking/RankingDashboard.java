package vn.thidua.ranking;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.SubjectType;
import vn.thidua.ranking.CampaignSummary.UnitProgress;
import vn.thidua.shared.OfficeTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The board's dashboard of a campaign (BOARD and ADMIN only, whatever the status): the summary
 * counts, the units by the average total of their people (compared only where enough of them are
 * scored: {@code app.ranking.min-coverage}, default 0.5), the people not scored yet and the units
 * that are late by the campaign's dates, today being today in Viet Nam.
 */
@Service
public class RankingDashboard {

    /** How many of the people not scored yet the dashboard names. */
    public static final int NOT_SCORED_SHOWN = 20;

    private final SummaryService summaries;
    private final BigDecimal minCoverage;
    private final Clock clock;

    RankingDashboard(SummaryService summaries, @Value("${app.ranking.min-coverage:0.5}") BigDecimal minCoverage) {
        if (minCoverage.signum() < 0 || minCoverage.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("app.ranking.min-coverage must lie in 0..1: " + minCoverage);
        }
        this.summaries = summaries;
        this.minCoverage = minCoverage;
        this.clock = Clock.system(OfficeTime.ZONE);
    }

    /**
     * @param byAverage   the units with people: those with at least {@code minCoverage} of their people
     *                    scored, best average total first; then the units below it (their average says
     *                    little: 1 of 4 scored), best first; units with nobody scored last
     * @param minCoverage the share of a unit's people (0..1) to be scored for its average to be compared
     * @param notScored the first {@link #NOT_SCORED_SHOWN} people without a review, by unit and name
     * @param late      the units late by the campaign's dates, with what is late
     */
    public record Dashboard(CampaignSummary summary, LocalDate today, List<UnitProgress> byAverage,
                            BigDecimal minCoverage, List<RankedSubject> notScored, List<Late> late) {

        public Campaign campaign() {
            return summary.campaign();
        }

        /** Enough of the unit's people are scored for its average to be compared with the others. */
        public boolean covered(UnitProgress unit) {
            return unit.covered(minCoverage);
        }

        /** The minimum coverage in percent (50 for 0.5), for the page's note. */
        public long minCoveragePercent() {
            return minCoverage.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /**
     * A late unit: {@code pledgesMissing} people without a submitted or approved pledge after the
     * registration deadline, {@code notScored} people without a review after the end date (0 when
     * that part is not late).
     */
    public record Late(UnitProgress unit, long pledgesMissing, long notScored) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    public Dashboard dashboard(Long campaignId) {
        CampaignSummary summary = summaries.summary(campaignId);
        Campaign campaign = summary.campaign();
        LocalDate today = LocalDate.now(clock);
        List<UnitProgress> byAverage = summary.units().stream()
                .sorted(Comparator.comparing((UnitProgress u) -> u.averageTotal() == null ? 2 : u.covered(minCoverage) ? 0 : 1)
                        .thenComparing(UnitProgress::averageTotal, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<Late> late = summary.units().stream().filter(u -> u.overdue(campaign, today))
                .map(u -> new Late(u, u.latePledges(campaign, today), u.lateScoring(campaign, today)))
                .toList();
        List<RankedSubject> notScored = summary.individuals().notRanked() == 0 ? List.of()
                : summaries.notScored(campaignId, SubjectType.INDIVIDUAL, NOT_SCORED_SHOWN);
        return new Dashboard(summary, today, byAverage, minCoverage, notScored, late);
    }
}
