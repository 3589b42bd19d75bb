package vn.thidua.ranking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.evaluation.Classification;
import vn.thidua.ranking.RankingFilter;
import vn.thidua.ranking.RankingService;
import vn.thidua.ranking.RankingService.RankingPage;
import vn.thidua.shared.ExplainedAccessDeniedException;

import java.util.List;

/**
 * The rankings of a campaign as pages (xếp hạng cá nhân, xếp hạng tập thể): what {@link RankingService}
 * lets the reader see, filtered, sorted by the allowed columns, paged, with the same list to
 * download. Before the campaign closes, staff read why there is nothing yet (403).
 */
@Controller
@RequestMapping("/campaigns/{id:\\d+}/rankings")
class RankingController {

    static final int PAGE_SIZE = RankingService.DEFAULT_PAGE_SIZE;

    private final RankingService rankings;
    private final RankingPages pages;
    private final TitleNames titleNames;

    RankingController(RankingService rankings, RankingPages pages, TitleNames titleNames) {
        this.rankings = rankings;
        this.pages = pages;
        this.titleNames = titleNames;
    }

    @GetMapping
    String individuals(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                       @RequestParam(required = false) String classification,
                       @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        RankingFilter filter = RankingFilter.of(unitId, classification, sort, q);
        RankingPage ranking;
        try {
            ranking = rankings.individuals(id, filter, page, PAGE_SIZE);
        } catch (ExplainedAccessDeniedException e) {
            return pages.notPublished(id, e, "individuals", model, response);
        }
        List<UnitOption> options = pages.unitOptions(id, ranking.visibility());
        pages.banner(ranking.visibility(), options, model);
        model.addAttribute("rows", ranking.rows());
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.unitId() != null || filter.classification() != null || filter.q() != null);
        model.addAttribute("titleNames", titleNames.get());
        model.addAttribute("unitOptions", options);
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("links", RankingLinks.individuals(id, filter));
        model.addAttribute("active", "individuals");
        model.addAttribute("wideLayout", true);
        return "ranking/individuals";
    }

    @GetMapping("/units")
    String units(@PathVariable Long id, @RequestParam(required = false) String sort, Model model,
                 HttpServletResponse response) {
        RankingFilter filter = RankingFilter.of(null, null, sort);
        RankingPage ranking;
        try {
            ranking = rankings.units(id, filter);
        } catch (ExplainedAccessDeniedException e) {
            return pages.notPublished(id, e, "units", model, response);
        }
        pages.banner(ranking.visibility(), ranking.visibility().restricted()
                ? pages.unitOptions(id, ranking.visibility()) : List.of(), model);
        model.addAttribute("rows", ranking.rows().getContent());
        model.addAttribute("filter", filter);
        model.addAttribute("links", RankingLinks.units(id, filter));
        model.addAttribute("titleNames", titleNames.get());
        model.addAttribute("active", "units");
        return "ranking/units";
    }
}
