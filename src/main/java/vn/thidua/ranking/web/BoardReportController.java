package vn.thidua.ranking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Thresholds;
import vn.thidua.evaluation.Classification;
import vn.thidua.ranking.CampaignSummary;
import vn.thidua.ranking.CampaignSummary.Counts;
import vn.thidua.ranking.CampaignSummary.UnitProgress;
import vn.thidua.ranking.RankingDashboard;
import vn.thidua.ranking.RankingDashboard.Dashboard;
import vn.thidua.ranking.SummaryService;
import vn.thidua.ranking.SummaryService.SummaryContents;
import vn.thidua.shared.ExplainedAccessDeniedException;
import vn.thidua.shared.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's pages of a campaign: the dashboard for a meeting (BOARD and ADMIN only) and the
 * summary report (sơ kết while the campaign runs, tổng kết once it is closed; everyone once closed).
 */
@Controller
@RequestMapping("/campaigns/{id:\\d+}")
class BoardReportController {

    static final int TOP = 10;
    static final int LISTED = 50;

    private final RankingDashboard dashboards;
    private final SummaryService summaries;
    private final RankingPages pages;
    private final Messages messages;
    private final JsonMapper json;

    BoardReportController(RankingDashboard dashboards, SummaryService summaries, RankingPages pages,
                          Messages messages, JsonMapper json) {
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.pages = pages;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(@PathVariable Long id, Model model) {
        Dashboard dashboard = dashboards.dashboard(id);
        CampaignSummary summary = dashboard.summary();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("summary", summary);
        model.addAttribute("campaign", summary.campaign());
        model.addAttribute("official", RankingPages.official(summary.campaign(), summary.frozen()));
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("individualChart", classificationChart(summary.individuals()));
        model.addAttribute("unitChart", classificationChart(summary.collectives()));
        model.addAttribute("averageChart", averageChart(dashboard, summary.campaign().getThresholds().orDefaults()));
        model.addAttribute("active", "dashboard");
        model.addAttribute("wideLayout", true);
        return "ranking/dashboard";
    }

    @GetMapping("/summary")
    String summary(@PathVariable Long id, Model model, HttpServletResponse response) {
        SummaryContents contents;
        try {
            contents = summaries.contents(id, TOP, LISTED);
        } catch (ExplainedAccessDeniedException e) {
            return pages.notPublished(id, e, "summary", model, response);
        }
        CampaignSummary summary = contents.summary();
        model.addAttribute("summary", summary);
        model.addAttribute("campaign", summary.campaign());
        model.addAttribute("closed", summary.campaign().getStatus() == CampaignStatus.CLOSED);
        model.addAttribute("official", RankingPages.official(summary.campaign(), summary.frozen()));
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("top", contents.top());
        model.addAttribute("units", contents.units());
        model.addAttribute("notFinalPeople", contents.notFinalPeople());
        model.addAttribute("notFinalUnits", contents.notFinalUnits());
        model.addAttribute("notScoredPeople", contents.notScoredPeople());
        model.addAttribute("notScoredUnits", contents.notScoredUnits());
        model.addAttribute("listed", LISTED);
        model.addAttribute("active", "summary");
        return "ranking/summary";
    }

    /** The ranked subjects by classification, for the doughnut: labels, counts and the keys (colours). */
    private String classificationChart(Counts counts) {
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Classification c : Classification.values()) {
            keys.add(c.name());
            labels.add(messages.get("evaluation.classification." + c.name()));
            values.add(counts.classifications().getOrDefault(c.name(), 0L));
        }
        chart.put("keys", keys);
        chart.put("labels", labels);
        chart.put("values", values);
        return json.writeValueAsString(chart);
    }

    /**
     * The units with enough of their people scored, best average first, for the horizontal bars
     * (coloured by the thresholds); each label says the coverage ("Vụ X (4/6)").
     */
    private String averageChart(Dashboard dashboard, Thresholds thresholds) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (UnitProgress unit : dashboard.byAverage()) {
            if (unit.averageTotal() != null && dashboard.covered(unit)) {
                labels.add(unit.name() + " (" + unit.ranked() + "/" + unit.people() + ")");
                values.add(unit.averageTotal().doubleValue());
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("values", values);
        chart.put("label", messages.get("ranking.dashboard.average"));
        chart.put("thresholds", List.of(thresholds.excellent(), thresholds.good(), thresholds.pass()));
        return json.writeValueAsString(chart);
    }
}
