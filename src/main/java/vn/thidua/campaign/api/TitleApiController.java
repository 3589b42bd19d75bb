package vn.thidua.campaign.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.campaign.TitleKind;

import java.util.List;

/** The title catalogue (DESIGN §5), read-only: the codes a campaign may open and the award module's rules name. */
@RestController
@RequestMapping("/api/v1/titles")
class TitleApiController {

    private final TitleCatalogue titles;

    TitleApiController(TitleCatalogue titles) {
        this.titles = titles;
    }

    @Operation(summary = "The catalogue of titles and commendations", description = """
            Every emulation title (kind TITLE: LDTT, CSTDCS, CSTD_BO, TTLDTT, TTLDXS) and form of commendation \
            (kind COMMENDATION: BK_BO, BK_TTG, GIAY_KHEN) in the catalogue's order. Their rules are at \
            /api/v1/titles/{code}/rules, their quota at /api/v1/titles/{code}/quota. Everyone signed in reads.""")
    @ApiResponse(responseCode = "200", description = "The titles, in order")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @GetMapping
    List<TitleResponse> list() {
        return titles.findAll().stream().map(TitleResponse::from).toList();
    }

    record TitleResponse(@Schema(example = "LDTT") String code,
                         @Schema(description = "Vietnamese name", example = "Lao động tiên tiến") String name,
                         @Schema(description = "English name", example = "Advanced Worker") String nameEn,
                         @Schema(description = "INDIVIDUAL, COLLECTIVE or BOTH (Giấy khen goes to both)")
                         AppliesTo subjectType,
                         @Schema(description = "TITLE (danh hiệu thi đua) or COMMENDATION (hình thức khen thưởng)")
                         TitleKind kind,
                         int position,
                         @Schema(description = "one sentence of what it requires, in Vietnamese; the rules in force "
                                 + "are the reference") String ruleSummary) {
        static TitleResponse from(Title t) {
            return new TitleResponse(t.getCode(), t.getName(), t.getNameEn(), t.getSubjectType(), t.getKind(),
                    t.getPosition(), t.getRuleSummary());
        }
    }
}
