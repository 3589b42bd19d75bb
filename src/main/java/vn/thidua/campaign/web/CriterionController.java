package vn.thidua.campaign.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionService;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

/** Adding, editing, moving and deleting the criteria of a campaign (ADMIN; the service decides). */
@Controller
@RequestMapping("/campaigns/{campaignId:\\d+}/criteria")
class CriterionController {

    private static final String FORM = "campaign/criterion-form";

    private final CriterionService criteria;
    private final CampaignService campaigns;
    private final Messages messages;
    private final PageActions actions;

    CriterionController(CriterionService criteria, CampaignService campaigns, Messages messages,
                        PageActions actions) {
        this.criteria = criteria;
        this.campaigns = campaigns;
        this.messages = messages;
        this.actions = actions;
    }

    @GetMapping("/new")
    String newCriterion(@PathVariable Long campaignId, Model model) {
        Campaign campaign = criteria.checkCanAdd(campaignId);
        return showForm(new CriterionForm(), campaign, null, model);
    }

    @PostMapping("/new")
    String create(@PathVariable Long campaignId, @ModelAttribute("form") CriterionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Campaign campaign = criteria.checkCanAdd(campaignId);
        return actions.form(result, () -> showForm(form, campaign, null, model)).submit(redirect, () -> {
            Criterion criterion = criteria.add(campaignId, form.toData());
            return new Saved(criteriaOf(campaignId), messages.get("criterion.created", criterion.getCode()));
        });
    }

    @GetMapping("/{criterionId:\\d+}/edit")
    String edit(@PathVariable Long campaignId, @PathVariable Long criterionId, Model model) {
        Criterion criterion = criteria.getForEditing(campaignId, criterionId);
        Campaign campaign = campaigns.getForEditing(campaignId);
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ConflictException("criterion.locked.closed", campaign.getStatus().label());
        }
        return showForm(CriterionForm.of(criterion), campaign, criterion, model);
    }

    @PostMapping("/{criterionId:\\d+}/edit")
    String update(@PathVariable Long campaignId, @PathVariable Long criterionId,
                  @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Criterion criterion = criteria.getForEditing(campaignId, criterionId);
        Campaign campaign = campaigns.getForEditing(campaignId);
        form.keepLocked(campaign.getStatus(), criterion);
        return actions.form(result, () -> showForm(form, campaign, criterion, model))
                .onStale(model, () -> {
                    Criterion current = criteria.getForEditing(campaignId, criterionId);
                    return showForm(CriterionForm.of(current), campaign, current, model);
                })
                .submit(redirect, () -> {
                    Criterion saved = criteria.update(campaignId, criterionId, form.toData(), form.getVersion());
                    return new Saved(criteriaOf(campaignId), messages.get("criterion.updated", saved.getCode()));
                });
    }

    /** One place up or down; refusals (wrong status, stale page) come back as a message. */
    @PostMapping("/{criterionId:\\d+}/move")
    String move(@PathVariable Long campaignId, @PathVariable Long criterionId, @RequestParam String direction,
                @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return actions.redirectAfter(criteriaOf(campaignId), redirect, () -> {
            Criterion criterion = criteria.getForEditing(campaignId, criterionId);
            int target = criterion.getPosition() + ("up".equals(direction) ? -1 : 1);
            criteria.move(campaignId, criterionId, target, version);
        });
    }

    @PostMapping("/{criterionId:\\d+}/delete")
    String delete(@PathVariable Long campaignId, @PathVariable Long criterionId,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            return actions.redirectAfter(criteriaOf(campaignId), redirect, () -> {
                Criterion criterion = criteria.getForEditing(campaignId, criterionId);
                criteria.delete(campaignId, criterionId, version == null ? -1L : version);
                return messages.get("criterion.deleted", criterion.getCode());
            });
        } catch (NotFoundException e) {
            return "redirect:" + criteriaOf(campaignId); // already deleted (a second click): nothing left to do
        }
    }

    /** The criteria of the campaign's page. */
    private static String criteriaOf(Long campaignId) {
        return "/campaigns/" + campaignId + "#criteria";
    }

    private String showForm(CriterionForm form, Campaign campaign, Criterion criterion, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("criterion", criterion);
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("appliesToValues", AppliesTo.values());
        model.addAttribute("structureLocked", campaign.getStatus() != CampaignStatus.DRAFT);
        return FORM;
    }
}
