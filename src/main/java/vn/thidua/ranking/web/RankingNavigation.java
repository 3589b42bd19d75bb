package vn.thidua.ranking.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignLinks;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationPhases;
import vn.thidua.ranking.RankingService;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Where results are reached from: "Kết quả thi đua" in everyone's menu; on a campaign, the board's
 * dashboard, once scoring has begun the rankings for whoever may read them
 * ({@link RankingService#visibilityOf}), the
 * board's unit ranking once scoring has begun, and the summary (interim for the board, final once closed).
 */
@Component
@Order(30)
class RankingNavigation implements MenuEntries, CampaignLinks {

    private final RankingService rankings;

    RankingNavigation(RankingService rankings) {
        this.rankings = rankings;
    }

    @Override
    public List<Entry> menu() {
        return CurrentUser.find().isEmpty() ? List.of()
                : List.of(Entry.bar(60, NavLink.menu("navRankings", "ranking.nav", "/rankings")));
    }

    @Override
    public List<NavLink> links(Campaign campaign, CurrentUser user) {
        List<NavLink> links = new ArrayList<>();
        String base = "/campaigns/" + campaign.getId();
        boolean board = user.readsEverything();
        boolean closed = campaign.getStatus() == CampaignStatus.CLOSED;
        if (board) {
            links.add(new NavLink("workDashboard", "ranking.work.dashboard", base + "/dashboard", "bi-speedometer2",
                    "success"));
        }
        // nothing is ranked before scoring; from then on, whoever the ranking lets read it
        if (EvaluationPhases.SCORED.contains(campaign.getStatus()) && rankings.visibilityOf(campaign).isPresent()) {
            links.add(new NavLink("workRankings", "ranking.individuals.title", base + "/rankings", "bi-trophy",
                    "success"));
        }
        if (board && EvaluationPhases.SCORED.contains(campaign.getStatus())) {
            links.add(new NavLink("workUnitRankings", "ranking.units.title", base + "/rankings/units",
                    "bi-building-check", "success"));
        }
        if (board || closed) {
            links.add(new NavLink("workSummary", closed ? "ranking.report.final" : "ranking.report.interim",
                    base + "/summary", "bi-file-text", "success"));
        }
        return links;
    }
}
