package vn.thidua.award.rules.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.Quota;
import vn.thidua.award.QuotaRounding;
import vn.thidua.award.TitleQuotas;

import java.math.BigDecimal;

/** A title's quota (API.md "Titles, records and eligibility"): everyone signed in reads, ADMIN changes it. */
@RestController
@RequestMapping("/api/v1/titles/{code}/quota")
class TitleQuotaApiController {

    private final TitleQuotas quotas;

    TitleQuotaApiController(TitleQuotas quotas) {
        this.quotas = quotas;
    }

    @Operation(summary = "A title's quota", description = """
            Organisation policy: when enabled, a unit may propose at most percent% of its basisTitle count, rounded \
            DOWN, HALF_UP or UP (seeded: CSTDCS at most 15% of LDTT, rounded down; the others disabled). Everyone \
            signed in reads.""")
    @ApiResponses({
            @ApiResponse(responseCode = "200", description = "the quota"),
            @ApiResponse(responseCode = "401", description = "not signed in",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "404", description = "no title with this code",
                    content = @Content(mediaType = "application/problem+json"))})
    @GetMapping
    QuotaJson get(@PathVariable String code) {
        return QuotaJson.from(quotas.get(code));
    }

    @Operation(summary = "Change a title's quota (ADMIN)", description = """
            Replaces enabled, percent (0 < percent ≤ 100, two decimals at most), basisTitle (a title code, not the \
            title itself) and rounding, against the version last read. Enabled needs percent and basisTitle. \
            Audited (TITLE_QUOTA, UPDATED, the title's code in the values).""")
    @ApiResponses({
            @ApiResponse(responseCode = "200", description = "the quota with its new version"),
            @ApiResponse(responseCode = "400", description = "bad input or version missing; errors name the field",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "403", description = "the caller is not ADMIN",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "404", description = "no title with this code",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "409", description = "stale version: somebody changed it since",
                    content = @Content(mediaType = "application/problem+json"))})
    @PutMapping
    QuotaJson update(@PathVariable String code, @RequestBody QuotaJson request) {
        return QuotaJson.from(quotas.update(code, new TitleQuotas.QuotaData(Boolean.TRUE.equals(request.enabled()),
                request.percent(), request.basisTitle(), request.rounding()), request.version()));
    }

    record QuotaJson(@Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "CSTDCS") String titleCode,
                     Boolean enabled,
                     @Schema(example = "15", nullable = true) BigDecimal percent,
                     @Schema(example = "LDTT", nullable = true) String basisTitle,
                     QuotaRounding rounding,
                     Long version) {
        static QuotaJson from(Quota q) {
            return new QuotaJson(q.titleCode(), q.enabled(), q.percent(), q.basisTitle(), q.rounding(), q.version());
        }
    }
}
