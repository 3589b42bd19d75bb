package vn.thidua.award.rules.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.ClauseKind;
import vn.thidua.award.LegalSource;
import vn.thidua.award.RuleClause;
import vn.thidua.award.RuleVersion;
import vn.thidua.award.RuleVersions;
import vn.thidua.award.rules.ClauseTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A title's rules as versions (API.md "Titles, records and eligibility"): everyone signed in reads, ADMIN adds. */
@RestController
@RequestMapping("/api/v1/titles/{code}/rules")
class TitleRulesApiController {

    private final RuleVersions rules;
    private final ClauseTexts texts;

    TitleRulesApiController(RuleVersions rules, ClauseTexts texts) {
        this.rules = rules;
        this.texts = texts;
    }

    @Operation(summary = "A title's rule versions, oldest first", description = """
            Every version of the title's rules with the dates it is in force (effectiveTo null: still in force) and \
            its clauses, each with the sentence of what it requires in the caller's language (text), its parameters \
            (params, as its kind defines them) and its legal source (document, article, clause, point as written in \
            the text, e.g. "Điều 27", "khoản 1", "điểm c"; citation joins them). Everyone signed in reads.""")
    @ApiResponses({
            @ApiResponse(responseCode = "200", description = "the versions, oldest first"),
            @ApiResponse(responseCode = "401", description = "not signed in",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "404", description = "no title with this code",
                    content = @Content(mediaType = "application/problem+json"))})
    @GetMapping
    List<VersionResponse> list(@PathVariable String code) {
        return rules.list(code).stream().map(this::response).toList();
    }

    @Operation(summary = "Add a version of a title's rules (ADMIN)", description = """
            A new version in force from effectiveFrom, which must be after the latest version's effectiveFrom; the \
            version in force until then ends the day before. basedOnVersion (optional) is the version the admin \
            copied: if a newer one exists meanwhile, 409. Each clause: code (A–Z, 0–9, _; unique in the version), \
            kind, params as the kind takes them (RATING_AT_LEAST {atLeast, years?}; \
            CAMPAIGN_CLASSIFICATION_AT_LEAST {atLeast, campaignKind?}; TITLE_SAME_YEAR and TITLE_EVER {title}; \
            TITLE_CONSECUTIVE_YEARS {title, years}; TITLE_TIMES_IN_YEARS {title, times, years}; INITIATIVES \
            {level: BASE|MINISTRY|NATIONAL, count, years}; MEMBER_SHARE {title or rating, comparison: \
            MORE_THAN|AT_LEAST, percent}; NO_DISCIPLINE {atLeast: REPRIMAND|WARNING|DEMOTION|DISMISSAL}; \
            EMPLOYED_MONTHS {months}; APPROVED_PLEDGE {campaignKind?}; ANY_OF {options: [[{kind, params}, …], …]}, \
            at least two options, each a list of clauses that must all hold), and source (document required). \
            Audited (TITLE_RULE, VERSION_ADDED).""")
    @ApiResponses({
            @ApiResponse(responseCode = "201", description = "the new version"),
            @ApiResponse(responseCode = "400", description = "bad input; errors name the field, e.g. "
                    + "clauses[1].params.percent", content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "403", description = "the caller is not ADMIN",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "404", description = "no title with this code",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "409", description = "effectiveFrom not after the latest version's, or "
                    + "basedOnVersion is not the latest", content = @Content(mediaType = "application/problem+json"))})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VersionResponse add(@PathVariable String code, @RequestBody VersionRequest request) {
        List<RuleVersions.NewClause> clauses = request.clauses() == null ? null : request.clauses().stream()
                .map(c -> c == null ? null : new RuleVersions.NewClause(c.code(), c.kind(), c.params(),
                        c.source() == null ? null : c.source().toSource()))
                .toList();
        return response(rules.add(code, new RuleVersions.NewVersion(request.effectiveFrom(), request.note(),
                request.basedOnVersion(), clauses)));
    }

    private VersionResponse response(RuleVersion v) {
        return new VersionResponse(v.version(), v.effectiveFrom(), v.effectiveTo(), v.note(), v.createdBy(),
                v.createdAt(), v.clauses().stream().map(c -> new ClauseResponse(c.code(), c.kind(), texts.text(c),
                        c.params(), SourceJson.from(c.source()))).toList());
    }

    record VersionRequest(@Schema(example = "2026-10-01") LocalDate effectiveFrom,
                          @Schema(description = "why, e.g. the amending law", nullable = true) String note,
                          @Schema(description = "the version copied; 409 if no longer the latest", nullable = true)
                          Integer basedOnVersion,
                          List<ClauseRequest> clauses) {
    }

    record ClauseRequest(@Schema(example = "MEMBERS_LDTT") String code, ClauseKind kind,
                         @Schema(example = "{\"title\": \"LDTT\", \"comparison\": \"AT_LEAST\", \"percent\": 70}")
                         Map<String, Object> params,
                         SourceJson source) {
    }

    record SourceJson(@Schema(example = "Luật Thi đua, khen thưởng 06/2022/QH15") String document,
                      @Schema(example = "Điều 27", nullable = true) String article,
                      @Schema(example = "khoản 1", nullable = true) String clause,
                      @Schema(example = "điểm c", nullable = true) String point,
                      @Schema(description = "the wording quoted or summarised", nullable = true) String text,
                      @Schema(description = "true: the organisation's own rule, not the law's (default false)") Boolean organisationRule,
                      @Schema(description = "read only: article, clause, point and document joined",
                              accessMode = Schema.AccessMode.READ_ONLY,
                              example = "Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15")
                      String citation) {

        static SourceJson from(LegalSource s) {
            return new SourceJson(s.document(), s.article(), s.clause(), s.point(), s.text(), s.organisationRule(),
                    s.citation());
        }

        LegalSource toSource() {
            return new LegalSource(document, article, clause, point, text, Boolean.TRUE.equals(organisationRule));
        }
    }

    record ClauseResponse(String code, ClauseKind kind,
                          @Schema(description = "what it requires, in the caller's language",
                                  example = "Ít nhất 70% thành viên đạt Lao động tiên tiến") String text,
                          Map<String, Object> params, SourceJson source) {
    }

    record VersionResponse(int version, LocalDate effectiveFrom,
                           @Schema(description = "last day in force; null: in force with no end", nullable = true)
                           LocalDate effectiveTo,
                           String note, String createdBy, Instant createdAt, List<ClauseResponse> clauses) {
    }
}
