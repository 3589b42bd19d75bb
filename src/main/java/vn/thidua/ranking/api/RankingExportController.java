package vn.thidua.ranking.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.SubjectType;
import vn.thidua.ranking.ExportFormat;
import vn.thidua.ranking.RankingExports;
import vn.thidua.ranking.RankingFilter;
import vn.thidua.ranking.RankingService;
import vn.thidua.ranking.SummaryReport;
import vn.thidua.ranking.SummaryService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * API.md *Rankings* as files: {@code /rankings/individuals.xlsx|pdf}, {@code /rankings/units.xlsx|pdf}
 * and the summary report {@code /summary.xlsx|pdf}. The caller's right to read is checked before
 * the first byte, then the rows stream from the database into the response.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class RankingExportController {

    private final RankingService rankings;
    private final SummaryService summaries;
    private final RankingExports exports;
    private final SummaryReport summaryReport;

    RankingExportController(RankingService rankings, SummaryService summaries, RankingExports exports,
                            SummaryReport summaryReport) {
        this.summaryReport = summaryReport;
        this.rankings = rankings;
        this.summaries = summaries;
        this.exports = exports;
    }

    @GetMapping("/rankings/individuals.{format:xlsx|pdf}")
    void individuals(@PathVariable Long id, @PathVariable String format,
                     @RequestParam(required = false) Long unitId,
                     @RequestParam(required = false) String classification,
                     @RequestParam(required = false) String sort,
                     @Parameter(description = "part of the person's full name, case and diacritics ignored")
                     @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        ranking(id, SubjectType.INDIVIDUAL, format, RankingFilter.of(unitId, classification, sort, q), response);
    }

    @GetMapping("/rankings/units.{format:xlsx|pdf}")
    void units(@PathVariable Long id, @PathVariable String format, @RequestParam(required = false) Long unitId,
               @RequestParam(required = false) String classification,
               @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        ranking(id, SubjectType.COLLECTIVE, format, RankingFilter.of(unitId, classification, sort), response);
    }

    @GetMapping("/summary.{format:xlsx|pdf}")
    void summary(@PathVariable Long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        ExportFormat type = format(format);
        Campaign campaign = summaries.campaign(id);
        prepare(response, type, "bao-cao-thi-dua-" + campaign.getCode() + "." + type.extension());
        summaryReport.write(id, type, response.getOutputStream());
    }

    private void ranking(Long id, SubjectType subjectType, String format, RankingFilter filter,
                         HttpServletResponse response) throws IOException {
        ExportFormat type = format(format);
        Campaign campaign = rankings.visibility(id, filter).campaign();
        prepare(response, type, RankingExports.fileName(subjectType, campaign, type));
        exports.ranking(id, subjectType, filter, type, response.getOutputStream());
    }

    private static ExportFormat format(String extension) {
        return ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
    }

    private static void prepare(HttpServletResponse response, ExportFormat format, String fileName) {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
