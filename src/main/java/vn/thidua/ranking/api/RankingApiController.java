package vn.thidua.ranking.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ranking.RankingFilter;
import vn.thidua.ranking.RankingService;
import vn.thidua.ranking.SummaryService;
import vn.thidua.shared.web.PageResponse;

import java.util.List;

/** API.md *Rankings*: the rankings of a campaign and its summary, for those allowed to read them. */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class RankingApiController {

    private final RankingService rankings;
    private final SummaryService summaries;

    RankingApiController(RankingService rankings, SummaryService summaries) {
        this.rankings = rankings;
        this.summaries = summaries;
    }

    /** A page of the individual ranking; {@code unitId} keeps a unit and its sub-units, with their overall ranks. */
    @GetMapping("/rankings/individuals")
    PageResponse<IndividualRankingResponse> individuals(@PathVariable Long id,
                                                        @RequestParam(required = false) Long unitId,
                                                        @RequestParam(required = false) String classification,
                                                        @RequestParam(required = false) String sort,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size,
                                                        @Parameter(description = "part of the person's full name, "
                                                                + "case and diacritics ignored (\"nguyen van\" finds "
                                                                + "\"Nguyễn Văn An\"); ranks stay the overall ranks")
                                                        @RequestParam(required = false) String q) {
        RankingFilter filter = RankingFilter.of(unitId, classification, sort, q);
        return PageResponse.of(rankings.individuals(id, filter, page, size).rows(), IndividualRankingResponse::from);
    }

    @GetMapping("/rankings/units")
    List<UnitRankingResponse> units(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                                    @RequestParam(required = false) String classification,
                                    @RequestParam(required = false) String sort) {
        RankingFilter filter = RankingFilter.of(unitId, classification, sort);
        return rankings.units(id, filter).rows().getContent().stream().map(UnitRankingResponse::from).toList();
    }

    @GetMapping("/summary")
    SummaryResponse summary(@PathVariable Long id) {
        return SummaryResponse.from(summaries.summary(id));
    }
}
