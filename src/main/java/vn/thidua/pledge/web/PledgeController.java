package vn.thidua.pledge.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.audit.ActorNames;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.DuplicatePledgeException;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeDecisions;
import vn.thidua.pledge.PledgeEditor;
import vn.thidua.pledge.PledgeReader;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.pledge.PledgeView;
import vn.thidua.pledge.RegistrationWindow;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.StaleVersionException;
import vn.thidua.shared.web.Forms;
import vn.thidua.shared.web.PageActions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff pages of registration (đăng ký thi đua): my campaigns, the pledge form (also a unit
 * head's collective pledge), the pledge with its decision buttons, and the printable pledge.
 */
@Controller
class PledgeController {

    private static final String FORM = "pledge/pledge-form";

    private final PledgeReader pledges;
    private final PledgeEditor editor;
    private final PledgeDecisions decisions;
    private final CampaignService campaigns;
    private final TitleCatalogue titles;
    private final RegistrationWindow window;
    private final Messages messages;
    /** The pledge's buttons: a pledge not found is a refusal on the page, as it has always been. */
    private final PageActions actions;
    /** Where the agency sits, for the print's "Hà Nội, ngày … tháng … năm …". */
    private final String place;

    private final ActorNames actors;

    PledgeController(PledgeReader pledges, PledgeEditor editor, PledgeDecisions decisions, CampaignService campaigns,
                     TitleCatalogue titles, RegistrationWindow window, Messages messages, PageActions actions,
                     ActorNames actors, @Value("${app.print.place:Hà Nội}") String place) {
        this.actors = actors;
        this.pledges = pledges;
        this.editor = editor;
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.titles = titles;
        this.window = window;
        this.messages = messages;
        this.actions = actions.notFoundAsRefusal();
        this.place = place;
    }

    /** One campaign on "My campaigns": the caller's pledge in it (or none) and whether it is still open. */
    record MyCampaign(Campaign campaign, Pledge pledge, boolean open) {
    }

    /** A pledge of a campaign that no longer takes pledges, read-only. */
    record EarlierPledge(Campaign campaign, Pledge pledge) {
    }

    @GetMapping("/pledges")
    String myCampaigns(Model model) {
        CurrentUser user = CurrentUser.get();
        List<Campaign> visible = campaigns.list();
        List<Campaign> active = visible.stream()
                .filter(c -> c.getStatus() == CampaignStatus.REGISTRATION || c.getStatus() == CampaignStatus.IN_PROGRESS)
                .toList();
        List<Campaign> earlier = visible.stream()
                .filter(c -> c.getStatus().isAfter(CampaignStatus.IN_PROGRESS)).toList();
        Map<Long, Pledge> earlierPledges = pledges.findAll(earlier.stream().map(Campaign::getId).toList(),
                SubjectType.INDIVIDUAL, user.individualId());
        model.addAttribute("earlierPledges", earlier.stream().filter(c -> earlierPledges.containsKey(c.getId()))
                .map(c -> new EarlierPledge(c, earlierPledges.get(c.getId()))).toList());
        List<Campaign> mine = user.unitId() == null ? List.of()
                : pledges.takingPart(active, user.unitId());
        Map<Long, Pledge> own = pledges.findAll(mine.stream().map(Campaign::getId).toList(), SubjectType.INDIVIDUAL,
                user.individualId());
        model.addAttribute("myCampaigns", mine.stream()
                .map(c -> new MyCampaign(c, own.get(c.getId()), window.isOpen(c))).toList());
        model.addAttribute("activeCampaigns", active);
        model.addAttribute("hasIndividual", user.individualId() != null);
        model.addAttribute("headsUnits", !pledges.unitsHeaded().isEmpty());
        return "pledge/my-campaigns";
    }

    @GetMapping("/campaigns/{campaignId:\\d+}/pledges/new")
    String newPledge(@PathVariable Long campaignId, @RequestParam(required = false) Long unitId, Model model,
                     RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(campaignId);
        SubjectType type = unitId == null ? SubjectType.INDIVIDUAL : SubjectType.COLLECTIVE;
        Long subjectId = unitId == null ? CurrentUser.get().individualId() : unitId;
        if (subjectId == null) {
            throw new org.springframework.security.access.AccessDeniedException("no individual linked");
        }
        Subject subject = pledges.authorSubject(type, subjectId);
        var existing = pledges.find(campaignId, type, subjectId);
        if (existing.isPresent()) {
            redirect.addFlashAttribute("flashError", messages.get("pledge.duplicate.page"));
            return "redirect:/pledges/" + existing.get().getId();
        }
        List<Criterion> criteria = pledges.criteriaFor(campaignId, type);
        return showForm(PledgeForm.blank(type, subjectId, criteria), campaign, subject, null, model);
    }

    @PostMapping("/campaigns/{campaignId:\\d+}/pledges/new")
    String create(@PathVariable Long campaignId, @ModelAttribute("form") PledgeForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Campaign campaign = campaigns.get(campaignId);
        SubjectType type = form.getSubjectType() == null ? SubjectType.INDIVIDUAL : form.getSubjectType();
        Long subjectId = form.getSubjectId() != null ? form.getSubjectId() : CurrentUser.get().individualId();
        Subject subject = pledges.authorSubject(type, subjectId);
        List<Criterion> criteria = pledges.criteriaFor(campaignId, type);
        if (!result.hasErrors()) {
            // not PageActions.form: a duplicate also links the existing pledge, "save and submit" may
            // end with a flashError, and a refusal of any kind (even a NotFoundException) goes on the form
            try {
                Pledge pledge = editor.create(campaignId, type, subjectId, form.toData());
                if ("submit".equals(action)) {
                    return submitAfterSave(pledge, redirect);
                }
                redirect.addFlashAttribute("flashSuccess", messages.get("pledge.saved"));
                return "redirect:/pledges/" + pledge.getId();
            } catch (DuplicatePledgeException e) {
                model.addAttribute("existingPledgeId", e.getExistingId() != null ? e.getExistingId()
                        : pledges.find(campaignId, type, subjectId).map(Pledge::getId).orElse(null));
                Forms.reject(result, e, messages);
            } catch (DomainException e) {
                Forms.reject(result, e, messages);
            }
        }
        form.align(criteria, Map.of());
        return showForm(form, campaign, subject, null, model);
    }

    @GetMapping("/pledges/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        Pledge pledge = pledges.get(id);
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        PledgeView view = pledges.view(id, campaign);
        model.addAttribute("pledge", pledge);
        model.addAttribute("campaign", campaign);
        model.addAttribute("subject", view.subject());
        model.addAttribute("rows", rows(pledge, pledges.criteriaFor(campaign.getId(), pledge.getSubjectType())));
        model.addAttribute("targetTitle", titleOf(pledge.getTargetTitle()));
        model.addAttribute("submittedAt", local(pledge.getSubmittedAt()));
        model.addAttribute("decidedAt", local(pledge.getDecidedAt()));
        model.addAttribute("decidedByName", actors.name(pledge.getDecidedBy()));
        model.addAttribute("canEdit", view.canEdit());
        model.addAttribute("registrationOpen", view.registrationOpen());
        model.addAttribute("canDecide", view.canDecide());
        model.addAttribute("canWithdraw", view.canWithdraw());
        model.addAttribute("ownPledge", view.mayWrite());
        return "pledge/pledge";
    }

    @GetMapping("/pledges/{id:\\d+}/print")
    String print(@PathVariable Long id, Model model) {
        Pledge pledge = pledges.get(id);
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        model.addAttribute("pledge", pledge);
        model.addAttribute("campaign", campaign);
        Subject subject = pledges.subject(pledge);
        model.addAttribute("subject", subject);
        model.addAttribute("rows", rows(pledge, pledges.criteriaFor(campaign.getId(), pledge.getSubjectType())));
        model.addAttribute("targetTitle", titleOf(pledge.getTargetTitle()));
        model.addAttribute("letterhead", pledges.letterhead(subject));
        model.addAttribute("place", place);
        model.addAttribute("decidedOn", pledge.getStatus() == PledgeStatus.APPROVED
                ? local(pledge.getDecidedAt()) : null);
        model.addAttribute("printedOn", pledge.getSubmittedAt() != null
                ? local(pledge.getSubmittedAt()).toLocalDate() : window.today());
        return "pledge/pledge-print";
    }

    @GetMapping("/pledges/{id:\\d+}/edit")
    String edit(@PathVariable Long id, Model model) {
        Pledge pledge = pledges.get(id);
        if (!pledges.mayWrite(pledge)) {
            throw new org.springframework.security.access.AccessDeniedException("not the subject");
        }
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        List<Criterion> criteria = pledges.criteriaFor(campaign.getId(), pledge.getSubjectType());
        return showForm(PledgeForm.of(pledge, criteria), campaign, pledges.subject(pledge), pledge, model);
    }

    @PostMapping("/pledges/{id:\\d+}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") PledgeForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Pledge pledge = pledges.get(id);
        Campaign campaign = campaigns.get(pledge.getCampaignId());
        List<Criterion> criteria = pledges.criteriaFor(campaign.getId(), pledge.getSubjectType());
        Subject subject = pledges.subject(pledge);
        if (!result.hasErrors()) {
            // not PageActions.form, as in create: "save and submit" may end with a flashError
            try {
                Pledge saved = editor.update(id, form.toData(), form.getVersion());
                if ("submit".equals(action)) {
                    return submitAfterSave(saved, redirect);
                }
                redirect.addFlashAttribute("flashSuccess", messages.get("pledge.saved"));
                return "redirect:/pledges/" + id;
            } catch (StaleVersionException e) {
                Pledge current = pledges.get(id);
                model.addAttribute("flashError", messages.get("form.stale"));
                return showForm(PledgeForm.of(current, criteria), campaign, subject, current, model);
            } catch (DomainException e) {
                Forms.reject(result, e, messages);
            }
        }
        form.setSubjectType(pledge.getSubjectType());
        form.setSubjectId(pledge.getSubjectId());
        form.align(criteria, Map.of());
        return showForm(form, campaign, subject, pledge, model);
    }

    @PostMapping("/pledges/{id:\\d+}/submit")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return change(id, "pledge.submitted", null, () -> editor.submit(id, version), redirect);
    }

    @PostMapping("/pledges/{id:\\d+}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return change(id, "pledge.withdrawn", null, () -> editor.withdraw(id, version), redirect);
    }

    @PostMapping("/pledges/{id:\\d+}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return change(id, "pledge.approved", null, () -> decisions.approve(id, version), redirect);
    }

    @PostMapping("/pledges/{id:\\d+}/return")
    String returnForRevision(@PathVariable Long id, @RequestParam(required = false) Long version,
                             @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return change(id, "pledge.returned", "pledge.reason.label",
                () -> decisions.returnForRevision(id, version, reason), redirect);
    }

    /**
     * Makes one status change and comes back to the pledge saying what happened; a refused input is
     * labelled with {@code inputLabel} when the form has one.
     */
    private String change(Long id, String success, String inputLabel, Runnable change, RedirectAttributes redirect) {
        return (inputLabel == null ? actions : actions.labellingInput(inputLabel))
                .redirectAfter("/pledges/" + id, redirect, () -> {
                    change.run();
                    return messages.get(success);
                });
    }

    private String submitAfterSave(Pledge pledge, RedirectAttributes redirect) {
        try {
            editor.submit(pledge.getId(), pledge.getVersion());
            redirect.addFlashAttribute("flashSuccess", messages.get("pledge.submitted"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", messages.get("pledge.savedNotSubmitted", messages.of(e)));
        }
        return "redirect:/pledges/" + pledge.getId();
    }

    /** A criterion and what was pledged on it. */
    record Row(Criterion criterion, String text) {
    }

    static List<Row> rows(Pledge pledge, List<Criterion> criteria) {
        return criteria.stream().map(c -> new Row(c, pledge.getCommitments().get(c.getId()))).toList();
    }

    static java.time.LocalDateTime local(java.time.Instant at) {
        return at == null ? null : java.time.LocalDateTime.ofInstant(at, OfficeTime.ZONE);
    }

    private Title titleOf(String code) {
        if (code == null) {
            return null;
        }
        return titles.findAll().stream().filter(t -> t.getCode().equals(code)).findFirst().orElse(null);
    }

    private String showForm(PledgeForm form, Campaign campaign, Subject subject, Pledge pledge,
                            Model model) {
        List<Criterion> criteria = pledges.criteriaFor(campaign.getId(), subject.type());
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("subject", subject);
        model.addAttribute("pledge", pledge);
        model.addAttribute("criteria", criteria.stream()
                .collect(Collectors.toMap(Criterion::getId, Function.identity())));
        model.addAttribute("titles", pledges.titlesFor(campaign, subject.type()));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        try {
            window.checkOpen(campaign);
            model.addAttribute("closedMessage", pledge != null && !pledge.getStatus().isEditable()
                    ? messages.get("pledge.locked", pledge.getStatus().label()) : null);
        } catch (DomainException e) {
            model.addAttribute("closedMessage", messages.of(e));
        }
        return FORM;
    }
}
