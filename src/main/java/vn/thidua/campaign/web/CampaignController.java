package vn.thidua.campaign.web;

import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.thidua.audit.ActorNames;
import vn.thidua.audit.AuditEvent;
import vn.thidua.audit.AuditQueries;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignCopier;
import vn.thidua.campaign.CampaignLinks;
import vn.thidua.campaign.CampaignParticipants;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionService;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Campaign pages: the list, the campaign with its criteria and history, the form, the lifecycle. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final String FORM = "campaign/campaign-form";

    private final CampaignService campaigns;
    private final CriterionService criteria;
    private final TitleCatalogue titles;
    private final UnitService units;
    private final AuditQueries auditQueries;
    private final Messages messages;
    private final PageActions actions;
    private final List<CampaignLinks> work;
    private final CampaignCopier copier;
    private final CampaignParticipants participants;

    private final ActorNames actors;

    CampaignController(CampaignService campaigns, CriterionService criteria, TitleCatalogue titles,
                       UnitService units, AuditQueries auditQueries, Messages messages, PageActions actions,
                       List<CampaignLinks> work, ActorNames actors, CampaignCopier copier,
                       CampaignParticipants participants) {
        this.actors = actors;
        this.copier = copier;
        this.participants = participants;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.titles = titles;
        this.units = units;
        this.auditQueries = auditQueries;
        this.messages = messages;
        this.actions = actions;
        this.work = work;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        return "campaign/campaigns";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        Campaign campaign = campaigns.get(id);
        List<Criterion> list = criteria.list(id);
        CurrentUser user = CurrentUser.get();
        Map<Long, String> unitNames = units.findAll().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a, LinkedHashMap::new));
        Map<String, Title> catalogue = titles.findAll().stream()
                .collect(Collectors.toMap(Title::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("campaign", campaign);
        model.addAttribute("criteria", CriterionRow.of(list));
        model.addAttribute("sums", vn.thidua.campaign.CriteriaSums.of(list));
        model.addAttribute("participatingUnits", campaign.getParticipatingUnitIds().stream()
                .map(unitId -> unitNames.getOrDefault(unitId, "#" + unitId)).toList());
        model.addAttribute("openTitles", catalogue.values().stream()
                .filter(t -> campaign.getOpenTitles().contains(t.getCode())).toList());
        model.addAttribute("nextStatus", campaign.getStatus().next());
        model.addAttribute("lifecycle", CampaignStatus.values());
        boolean admin = user.isAdmin();
        model.addAttribute("canEdit", admin && campaign.getStatus() != CampaignStatus.CLOSED);
        model.addAttribute("canChangeStructure", admin && campaign.getStatus() == CampaignStatus.DRAFT);
        // what the other features offer on a launched campaign, each by its own rules
        model.addAttribute("workLinks", campaign.getStatus() == CampaignStatus.DRAFT ? List.of()
                : work.stream().flatMap(feature -> feature.links(campaign, user).stream()).toList());
        if (user.readsEverything()) {
            model.addAttribute("lateJoiners", participants.lateJoiners(id));
            model.addAttribute("canAddParticipants", admin && !campaign.isClosed());
            Map<Long, String> codes = list.stream().collect(Collectors.toMap(Criterion::getId, Criterion::getCode));
            List<AuditEvent> events = auditQueries.campaignHistory(id);
            model.addAttribute("history", CampaignHistory.of(events, codes, unitNames,
                    actors.names(events.stream().map(AuditEvent::getActor).toList()), messages,
                    LocaleContextHolder.getLocale()));
        }
        return "campaign/campaign";
    }

    @GetMapping("/new")
    String newCampaign(Model model) {
        return showForm(CampaignForm.blank(campaigns.defaultThresholds()), null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        campaigns.defaultThresholds(); // ADMIN only, before a form with binding errors is shown again
        BindingResult all = OneRoundErrors.of(result, model, messages, () -> campaigns.problems(null, form.toData()));
        return actions.form(all, () -> showForm(form, null, model)).submit(redirect, () -> {
            Campaign campaign = campaigns.create(form.toData());
            return new Saved("/campaigns/" + campaign.getId(), messages.get("campaign.created", campaign.getName()));
        });
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable Long id, Model model) {
        Campaign campaign = campaigns.getForEditing(id);
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ConflictException("campaign.locked.closed", campaign.getStatus().label());
        }
        return showForm(CampaignForm.of(campaign), campaign, model);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") CampaignForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Campaign campaign = campaigns.getForEditing(id);
        form.keepLocked(campaign);
        BindingResult all = OneRoundErrors.of(result, model, messages, () -> campaigns.problems(id, form.toData()));
        return actions.form(all, () -> showForm(form, campaign, model))
                .onStale(model, () -> {
                    Campaign current = campaigns.getForEditing(id);
                    return showForm(CampaignForm.of(current), current, model);
                })
                .submit(redirect, () -> {
                    Campaign saved = campaigns.update(id, form.toData(), form.getVersion());
                    return new Saved("/campaigns/" + id, messages.get("campaign.updated", saved.getName()));
                });
    }

    /** The next lifecycle step, confirmed on the page; refusals come back as a message on the campaign. */
    @PostMapping("/{id:\\d+}/transition")
    String transition(@PathVariable Long id, @RequestParam(required = false) CampaignStatus to,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return actions.redirectAfter("/campaigns/" + id, redirect, () -> {
            Campaign campaign = campaigns.transition(id, to, version);
            return messages.get("campaign.transitioned", campaign.getStatus().label());
        });
    }

    /** Next year's campaign from this one: a new DRAFT, opened in its form for checking. */
    @PostMapping("/{id:\\d+}/copy")
    String copy(@PathVariable Long id, RedirectAttributes redirect) {
        Campaign original = campaigns.getForEditing(id);
        Campaign copy = copier.copy(id);
        redirect.addFlashAttribute("flashSuccess", messages.get("campaign.copied", copy.getCode(), original.getCode()));
        return "redirect:/campaigns/" + copy.getId() + "/edit";
    }

    /** Adds a person who joined late (ADMIN); back to the list of late joiners. */
    @PostMapping("/{id:\\d+}/participants/{individualId:\\d+}")
    String addParticipant(@PathVariable Long id, @PathVariable Long individualId, RedirectAttributes redirect) {
        return actions.redirectAfter("/campaigns/" + id + "#lateJoiners", redirect, () -> {
            CampaignParticipants.Addition addition = participants.add(id, individualId);
            return messages.get(addition.added() ? "campaign.participant.added" : "campaign.participant.already",
                    addition.name());
        });
    }

    private String showForm(CampaignForm form, Campaign campaign, Model model) {
        CampaignStatus status = campaign == null ? CampaignStatus.DRAFT : campaign.getStatus();
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("unitOptions", UnitOption.tree(units.findAll()));
        model.addAttribute("titles", titles.findAll());
        model.addAttribute("structureLocked", status != CampaignStatus.DRAFT);
        model.addAttribute("thresholdsLocked", status.isAfter(CampaignStatus.SCORING));
        return FORM;
    }
}
