package vn.thidua.campaign.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignCopier;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Thresholds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Campaigns (API.md "Campaigns"): everyone signed in reads what they may see; ADMIN writes. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

    private final CampaignService campaigns;
    private final CampaignCopier copier;

    CampaignApiController(CampaignService campaigns, CampaignCopier copier) {
        this.campaigns = campaigns;
        this.copier = copier;
    }

    @GetMapping
    List<CampaignResponse> list() {
        return campaigns.list().stream().map(CampaignResponse::from).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignResponse create(@RequestBody CampaignRequest request) {
        return CampaignResponse.from(campaigns.create(request.toData()));
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable Long id) {
        return CampaignResponse.from(campaigns.get(id));
    }

    /**
     * Replaces the settings; {@code thresholds}, {@code participatingUnitIds} and
     * {@code openTitles} left out keep their current values. Fields the status locks may be sent
     * unchanged; a change to them is 409.
     */
    @PutMapping("/{id}")
    CampaignResponse update(@PathVariable Long id, @RequestBody CampaignRequest request) {
        return CampaignResponse.from(campaigns.update(id, request.toData(), request.version()));
    }

    /** One step forward in the lifecycle: {@code {to, version}}. */
    @PostMapping("/{id}/transitions")
    CampaignResponse transition(@PathVariable Long id, @RequestBody TransitionRequest request) {
        return CampaignResponse.from(campaigns.transition(id, request.to(), request.version()));
    }

    @Operation(summary = "Copy a campaign into next year's DRAFT (ADMIN)", description = """
            A new campaign in DRAFT with the original's wording, kind, thresholds, participating units, open \
            titles and criteria (code, position, group, title, description, kind, maxPoints, appliesTo); start \
            date, end date and registration deadline one year later (29 February becomes 28 February). The \
            year in the code and the name moves on ("VPCP-2020-50N" becomes "VPCP-2021-50N"; a code without \
            the year gets "-<next year>", a name without it " (bản sao)"); a code already taken gets "-2", \
            "-3"… The decision number and date are not copied. The original is not changed. Audited as \
            CREATED and COPIED on the new campaign.""")
    @ApiResponse(responseCode = "201", description = "The new DRAFT campaign")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @ApiResponse(responseCode = "404", description = "No such campaign")
    @PostMapping("/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignResponse copy(@PathVariable Long id) {
        return CampaignResponse.from(copier.copy(id));
    }

    record ThresholdsJson(BigDecimal excellent, BigDecimal good, BigDecimal pass) {
        static ThresholdsJson from(Thresholds t) {
            return new ThresholdsJson(t.excellent(), t.good(), t.pass());
        }
    }

    record CampaignRequest(String code, String name, String theme, String purpose, String goals, CampaignKind kind,
                           LocalDate startDate, LocalDate endDate, LocalDate registrationDeadline,
                           ThresholdsJson thresholds, List<Long> participatingUnitIds, List<String> openTitles,
                           String decisionNumber, LocalDate decisionDate, Long version) {

        CampaignService.CampaignData toData() {
            Thresholds t = thresholds == null ? null
                    : new Thresholds(thresholds.excellent(), thresholds.good(), thresholds.pass());
            return new CampaignService.CampaignData(code, name, theme, purpose, goals, kind, startDate, endDate,
                    registrationDeadline, t, participatingUnitIds, openTitles, decisionNumber, decisionDate);
        }
    }

    record TransitionRequest(CampaignStatus to, Long version) {
    }

    record CampaignResponse(Long id, String code, String name, String theme, String purpose, String goals,
                            CampaignKind kind, LocalDate startDate, LocalDate endDate,
                            LocalDate registrationDeadline, ThresholdsJson thresholds, CampaignStatus status,
                            List<Long> participatingUnitIds, List<String> openTitles, String decisionNumber,
                            LocalDate decisionDate, long version) {

        static CampaignResponse from(Campaign c) {
            return new CampaignResponse(c.getId(), c.getCode(), c.getName(), c.getTheme(), c.getPurpose(),
                    c.getGoals(), c.getKind(), c.getStartDate(), c.getEndDate(), c.getRegistrationDeadline(),
                    ThresholdsJson.from(c.getThresholds()), c.getStatus(), List.copyOf(c.getParticipatingUnitIds()),
                    List.copyOf(c.getOpenTitles()), c.getDecisionNumber(), c.getDecisionDate(), c.getVersion());
        }
    }
}
