package vn.thidua.campaign.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.CriteriaSums;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionService;

import java.math.BigDecimal;
import java.util.List;

/** The criteria of a campaign: structure only in DRAFT, wording until CLOSED (API.md "Campaigns"). */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/criteria")
class CriterionApiController {

    private final CriterionService criteria;

    CriterionApiController(CriterionService criteria) {
        this.criteria = criteria;
    }

    @GetMapping
    List<CriterionResponse> list(@PathVariable Long campaignId) {
        return criteria.list(campaignId).stream().map(CriterionResponse::from).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CriterionResponse create(@PathVariable Long campaignId, @RequestBody CriterionRequest request) {
        return CriterionResponse.from(criteria.add(campaignId, request.toData()));
    }

    @GetMapping("/{criterionId:\\d+}")
    CriterionResponse get(@PathVariable Long campaignId, @PathVariable Long criterionId) {
        return CriterionResponse.from(criteria.get(campaignId, criterionId));
    }

    /** Full replacement; {@code position} left out keeps the criterion where it is. */
    @PutMapping("/{criterionId:\\d+}")
    CriterionResponse update(@PathVariable Long campaignId, @PathVariable Long criterionId,
                             @RequestBody CriterionRequest request) {
        return CriterionResponse.from(criteria.update(campaignId, criterionId, request.toData(), request.version()));
    }

    @DeleteMapping("/{criterionId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long campaignId, @PathVariable Long criterionId,
                @RequestParam(required = false) Long version) {
        criteria.delete(campaignId, criterionId, version);
    }

    /** The STANDARD maximum points for individuals and for collectives; a warning when not 100. */
    @GetMapping("/sums")
    SumsResponse sums(@PathVariable Long campaignId) {
        return SumsResponse.from(criteria.sums(campaignId));
    }

    record CriterionRequest(String code, Integer position, String group, String title, String description,
                            CriterionKind kind, BigDecimal maxPoints, AppliesTo appliesTo, Long version) {

        CriterionService.CriterionData toData() {
            return new CriterionService.CriterionData(code, position, group, title, description, kind, maxPoints,
                    appliesTo);
        }
    }

    record CriterionResponse(Long id, String code, int position, String group, String title, String description,
                             CriterionKind kind, BigDecimal maxPoints, AppliesTo appliesTo, long version) {

        static CriterionResponse from(Criterion c) {
            return new CriterionResponse(c.getId(), c.getCode(), c.getPosition(), c.getGroup(), c.getTitle(),
                    c.getDescription(), c.getKind(), c.getMaxPoints(), c.getAppliesTo(), c.getVersion());
        }
    }

    record SumsResponse(BigDecimal individual, BigDecimal collective, boolean individualWarning,
                        boolean collectiveWarning, BigDecimal expected) {

        static SumsResponse from(CriteriaSums sums) {
            return new SumsResponse(sums.individual(), sums.collective(), sums.individualWarning(),
                    sums.collectiveWarning(), CriteriaSums.EXPECTED);
        }
    }
}
