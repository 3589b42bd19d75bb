package vn.thidua.pledge.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeData;
import vn.thidua.pledge.PledgeDecisions;
import vn.thidua.pledge.PledgeEditor;
import vn.thidua.pledge.PledgeExport;
import vn.thidua.pledge.PledgeLists;
import vn.thidua.pledge.PledgeReader;
import vn.thidua.pledge.PledgeRow;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.shared.Paging;
import vn.thidua.shared.web.PageResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Pledges (API.md "Pledges"), plus the XLSX export and the admin's deadline extension. */
@RestController
@RequestMapping("/api/v1")
class PledgeApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PledgeReader pledges;
    private final PledgeEditor editor;
    private final PledgeDecisions decisions;
    private final PledgeLists lists;
    private final PledgeExport export;
    private final CampaignService campaigns;

    PledgeApiController(PledgeReader pledges, PledgeEditor editor, PledgeDecisions decisions, PledgeLists lists,
                        PledgeExport export, CampaignService campaigns) {
        this.pledges = pledges;
        this.editor = editor;
        this.decisions = decisions;
        this.lists = lists;
        this.export = export;
        this.campaigns = campaigns;
    }

    /** The pledges the caller may see; {@code unitId} includes its sub-units and must be in the caller's scope. */
    @GetMapping("/campaigns/{id}/pledges")
    PageResponse<PledgeSummary> list(@PathVariable Long id, @RequestParam(required = false) PledgeStatus status,
                                     @RequestParam(required = false) Long unitId,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return PageResponse.of(lists.pledges(id, status, unitId, Paging.of(page, size, 50, Sort.unsorted())),
                PledgeSummary::from);
    }

    @PostMapping("/campaigns/{id}/pledges")
    @ResponseStatus(HttpStatus.CREATED)
    PledgeResponse create(@PathVariable Long id, @RequestBody PledgeRequest request) {
        Pledge pledge = editor.create(id, request.subjectType(), request.subjectId(), request.toData());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    @GetMapping("/pledges/{pledgeId}")
    PledgeResponse get(@PathVariable Long pledgeId) {
        Pledge pledge = pledges.get(pledgeId);
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    /** Replaces target title, commitments and extra commitments (DRAFT or RETURNED). */
    @PutMapping("/pledges/{pledgeId}")
    PledgeResponse update(@PathVariable Long pledgeId, @RequestBody PledgeRequest request) {
        Pledge pledge = editor.update(pledgeId, request.toData(), request.version());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    @PostMapping("/pledges/{pledgeId}/submit")
    PledgeResponse submit(@PathVariable Long pledgeId, @RequestBody VersionRequest request) {
        Pledge pledge = editor.submit(pledgeId, request.version());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    @Operation(summary = "Withdraw a submitted pledge back to DRAFT",
            description = "The subject (the individual themself, or the head for their unit's pledge) takes a "
                    + "SUBMITTED pledge back to DRAFT before anyone has approved or returned it, while registration "
                    + "is open, to edit and submit it again. Body: {\"version\": n} as last read. Audited "
                    + "(action WITHDRAWN, status SUBMITTED → DRAFT); submittedAt becomes null.")
    @ApiResponses({
            @ApiResponse(responseCode = "200", description = "the pledge, now DRAFT, with its new version"),
            @ApiResponse(responseCode = "400", description = "version missing",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "403", description = "the caller is not the pledge's subject",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "404", description = "no such pledge",
                    content = @Content(mediaType = "application/problem+json")),
            @ApiResponse(responseCode = "409", description = "already decided (APPROVED or RETURNED) or still "
                    + "DRAFT, registration closed, or a stale version",
                    content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/pledges/{pledgeId}/withdraw")
    PledgeResponse withdraw(@PathVariable Long pledgeId, @RequestBody VersionRequest request) {
        Pledge pledge = editor.withdraw(pledgeId, request.version());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    @PostMapping("/pledges/{pledgeId}/approve")
    PledgeResponse approve(@PathVariable Long pledgeId, @RequestBody VersionRequest request) {
        Pledge pledge = decisions.approve(pledgeId, request.version());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    @PostMapping("/pledges/{pledgeId}/return")
    PledgeResponse returnForRevision(@PathVariable Long pledgeId, @RequestBody ReturnRequest request) {
        Pledge pledge = decisions.returnForRevision(pledgeId, request.version(), request.reason());
        return PledgeResponse.from(pledge, pledges.subject(pledge));
    }

    /** The registration list as XLSX: BOARD/ADMIN every unit, a unit head their units. */
    @GetMapping("/campaigns/{id}/pledges.xlsx")
    void xlsx(@PathVariable Long id, HttpServletResponse response) throws IOException {
        writeXlsx(export, id, response);
    }

    /** ADMIN: {@code {registrationDeadline, version}} → the campaign's new deadline (audited). */
    @PostMapping("/campaigns/{id}/registration-deadline")
    DeadlineResponse extendDeadline(@PathVariable Long id, @RequestBody DeadlineRequest request) {
        Campaign campaign = campaigns.extendRegistrationDeadline(id, request.registrationDeadline(), request.version());
        return new DeadlineResponse(campaign.getId(), campaign.getRegistrationDeadline(), campaign.getStatus(),
                campaign.getVersion());
    }

    static void writeXlsx(PledgeExport export, Long id, HttpServletResponse response) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        export.write(id, buffer);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(export.fileName(id), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    record CommitmentJson(Long criterionId, String text) {
    }

    record PledgeRequest(SubjectType subjectType, Long subjectId, String targetTitle, List<CommitmentJson> commitments,
                         String extraCommitments, Long version) {
        PledgeData toData() {
            return new PledgeData(targetTitle, commitments == null ? List.of()
                    : commitments.stream().map(c -> c == null ? null
                    : new PledgeData.Commitment(c.criterionId(), c.text())).toList(), extraCommitments);
        }
    }

    record VersionRequest(Long version) {
    }

    record ReturnRequest(Long version, String reason) {
    }

    record DeadlineRequest(LocalDate registrationDeadline, Long version) {
    }

    record DeadlineResponse(Long id, LocalDate registrationDeadline, CampaignStatus status, long version) {
    }

    record PledgeResponse(Long id, Long campaignId, SubjectType subjectType, Long subjectId, String subjectName,
                          Long unitId, String targetTitle, List<CommitmentJson> commitments, String extraCommitments,
                          PledgeStatus status, String returnReason, Instant submittedAt, Instant decidedAt,
                          String decidedBy, long version) {
        static PledgeResponse from(Pledge p, Subject subject) {
            return new PledgeResponse(p.getId(), p.getCampaignId(), p.getSubjectType(), p.getSubjectId(),
                    subject.name(), subject.unitId(), p.getTargetTitle(),
                    p.getCommitments().entrySet().stream().map(e -> new CommitmentJson(e.getKey(), e.getValue()))
                            .toList(),
                    p.getExtraCommitments(), p.getStatus(), p.getReturnReason(), p.getSubmittedAt(),
                    p.getDecidedAt(), p.getDecidedBy(), p.getVersion());
        }
    }

    record PledgeSummary(Long id, Long campaignId, SubjectType subjectType, Long subjectId, String subjectCode,
                         String subjectName, Long unitId, String unitName, String targetTitle, PledgeStatus status,
                         String returnReason, Instant submittedAt, Instant decidedAt, String decidedBy,
                         long version) {
        static PledgeSummary from(PledgeRow r) {
            return new PledgeSummary(r.id(), r.campaignId(), r.subjectType(), r.subjectId(), r.subjectCode(),
                    r.subjectName(), r.unitId(), r.unitName(), r.targetTitle(), r.status(), r.returnReason(),
                    r.submittedAt(), r.decidedAt(), r.decidedBy(), r.version());
        }
    }
}
