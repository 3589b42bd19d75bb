package vn.thidua.campaign.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionService;

import java.math.BigDecimal;

/** What the criterion form edits; maximum points typed "12,5" or "12.5". */
@Getter
@Setter
public class CriterionForm {

    private String code;
    private String group;
    private String title;
    private String description;
    private CriterionKind kind = CriterionKind.STANDARD;
    private BigDecimal maxPoints;
    private AppliesTo appliesTo = AppliesTo.BOTH;
    private Long version;

    static CriterionForm of(Criterion c) {
        CriterionForm form = new CriterionForm();
        form.code = c.getCode();
        form.group = c.getGroup();
        form.title = c.getTitle();
        form.description = c.getDescription();
        form.kind = c.getKind();
        form.maxPoints = c.getMaxPoints();
        form.appliesTo = c.getAppliesTo();
        form.version = c.getVersion();
        return form;
    }

    /** After DRAFT the structure is shown read-only and keeps the criterion's values. */
    void keepLocked(CampaignStatus status, Criterion c) {
        if (status != CampaignStatus.DRAFT) {
            code = c.getCode();
            kind = c.getKind();
            maxPoints = c.getMaxPoints();
            appliesTo = c.getAppliesTo();
        }
    }

    CriterionService.CriterionData toData() {
        return new CriterionService.CriterionData(code, null, group, title, description, kind, maxPoints, appliesTo);
    }
}
