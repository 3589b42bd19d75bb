package vn.thidua.pledge.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.PledgeDecisions;
import vn.thidua.pledge.PledgeExport;
import vn.thidua.pledge.PledgeLists;
import vn.thidua.pledge.PledgeReader;
import vn.thidua.pledge.PledgeRow;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.pledge.RegistrationWindow;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.Paging;
import vn.thidua.shared.StaleVersionException;
import vn.thidua.shared.web.LocalPaths;
import vn.thidua.shared.web.PageActions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Review of registration: a unit head's registration list (their units' people, filters, counts,
 * approve or return several at once, the units' collective pledges), the board's overview per unit,
 * the XLSX export and the admin's deadline extension.
 */
@Controller
class RegistrationController {

    private static final int PAGE_SIZE = 100;
    private static final List<String> STATUS_FILTERS = List.of("MISSING", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

    private final PledgeLists lists;
    private final PledgeReader pledges;
    private final PledgeDecisions decisions;
    private final PledgeExport export;
    private final CampaignService campaigns;
    private final TitleCatalogue titles;
    private final RegistrationWindow window;
    private final Messages messages;
    /** Decisions and the deadline: a campaign not found is a refusal on the page, as it has always been. */
    private final PageActions actions;

    RegistrationController(PledgeLists lists, PledgeReader pledges, PledgeDecisions decisions, PledgeExport export,
                           CampaignService campaigns, TitleCatalogue titles, RegistrationWindow window,
                           Messages messages, PageActions actions) {
        this.lists = lists;
        this.pledges = pledges;
        this.decisions = decisions;
        this.export = export;
        this.campaigns = campaigns;
        this.titles = titles;
        this.window = window;
        this.messages = messages;
        this.actions = actions.notFoundAsRefusal();
    }

    /** The campaigns whose registration can be reviewed: from REGISTRATION on. */
    @GetMapping("/registrations")
    String campaigns(Model model) {
        model.addAttribute("campaigns", campaigns.list().stream()
                .filter(c -> c.getStatus() != CampaignStatus.DRAFT).toList());
        model.addAttribute("headsUnits", CurrentUser.get().individualId() != null && !pledges.unitsHeaded().isEmpty());
        return "pledge/review-campaigns";
    }

    @GetMapping("/campaigns/{id:\\d+}/registrations")
    String registrations(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                         @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
        String statusFilter = status != null && STATUS_FILTERS.contains(status) ? status : null;
        PledgeLists.Registrations data = lists.registrations(id, unitId, statusFilter, q,
                PageRequest.of(Paging.pageNumber(page), Math.min(Math.max(size, 1), Paging.MAX_SIZE)));
        CurrentUser user = CurrentUser.get();
        List<Unit> headed = pledges.unitsHeaded();
        Map<Long, PledgeRow> collectiveByUnit = data.collectivePledges().stream()
                .collect(Collectors.toMap(PledgeRow::subjectId, r -> r, (a, b) -> a));
        model.addAttribute("data", data);
        model.addAttribute("campaign", data.campaign());
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", statusFilter);
        model.addAttribute("q", q);
        model.addAttribute("statusFilters", STATUS_FILTERS);
        model.addAttribute("statuses", PledgeStatus.values());
        model.addAttribute("me", user.individualId());
        model.addAttribute("titleNames", titleNames());
        model.addAttribute("headedUnits", headed);
        model.addAttribute("collectiveByUnit", collectiveByUnit);
        model.addAttribute("registrationOpen", window.isOpen(data.campaign()));
        model.addAttribute("pagerBase", pagerBase(id, unitId, statusFilter, q));
        return "pledge/registrations";
    }

    /**
     * The list's address with its filters, ready for {@code page=N}. The search is a template
     * variable, encoded strictly: a search for "{a}", "a&b" or "#1" stays one value.
     */
    private static String pagerBase(Long id, Long unitId, String status, String q) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/campaigns/{id}/registrations")
                .queryParamIfPresent("unitId", java.util.Optional.ofNullable(unitId))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status));
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", id);
        boolean search = q != null && !q.isBlank();
        if (search) {
            url.queryParam("q", "{q}");
            values.put("q", q);
        }
        return url.encode().buildAndExpand(values).toUriString() + (unitId != null || status != null || search
                ? "&" : "?");
    }

    /**
     * Approves or returns the ticked pledges ({@code pledge=id:version}); each is decided on its
     * own, the refused ones are listed with the reason.
     */
    @PostMapping("/campaigns/{id:\\d+}/registrations/decide")
    String decide(@PathVariable Long id, @RequestParam(name = "pledge", required = false) List<String> ticked,
                  @RequestParam(required = false) PledgeDecisions.Decision decision,
                  @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        if (back != null) {
            LocalPaths.checked("back", back); // written by our page; a line break or a brace was not
        }
        String target = back != null && back.startsWith("/campaigns/" + id + "/") ? back
                : "/campaigns/" + id + "/registrations";
        List<PledgeDecisions.Item> items = new ArrayList<>();
        for (String value : ticked == null ? List.<String>of() : ticked) {
            String[] parts = value.split(":");
            try {
                items.add(new PledgeDecisions.Item(Long.valueOf(parts[0]), parts.length > 1 ? Long.valueOf(parts[1]) : null));
            } catch (NumberFormatException e) {
                // a tampered value is simply not a pledge
            }
        }
        return actions.wordingInputAs(this::namingTheReason).redirectAfter(target, redirect, () -> {
            PledgeDecisions.BulkResult result = decisions.decideAll(id, items,
                    decision == null ? PledgeDecisions.Decision.APPROVE : decision, reason);
            if (!result.refused().isEmpty()) {
                redirect.addFlashAttribute("flashError",
                        messages.get("pledge.bulk.refused", result.refused().size()));
                redirect.addFlashAttribute("bulkRefusals",
                        result.refused().stream().map(this::describe).toList());
            }
            return result.done() > 0 ? messages.get(decision == PledgeDecisions.Decision.RETURN
                    ? "pledge.bulk.returned" : "pledge.bulk.approved", result.done()) : null;
        });
    }

    /** Names the field: "Lý do trả lại: tối đa 1000 ký tự", not only the rule. */
    private String namingTheReason(InvalidInputException refused) {
        return refused.getProblems().stream()
                .map(p -> ("reason".equals(p.field()) ? messages.get("pledge.reason.label") + ": " : "")
                        + messages.get(p.messageKey(), p.arguments()))
                .collect(Collectors.joining("; "));
    }

    private String describe(PledgeDecisions.Refusal refusal) {
        String why = refusal.forbidden() ? messages.get("pledge.bulk.forbidden")
                : refusal.reason() instanceof StaleVersionException ? messages.get("pledge.bulk.stale")
                : messages.of(refusal.reason());
        String who = refusal.subjectName() != null ? refusal.subjectName() : "#" + refusal.pledgeId();
        return who + ": " + why;
    }

    @GetMapping("/campaigns/{id:\\d+}/registrations/overview")
    String overview(@PathVariable Long id, Model model) {
        PledgeLists.Overview overview = lists.overview(id);
        Campaign campaign = overview.campaign();
        model.addAttribute("overview", overview);
        model.addAttribute("campaign", campaign);
        model.addAttribute("titleNames", titleNames());
        model.addAttribute("individualTitles", pledges.titlesFor(campaign, SubjectType.INDIVIDUAL));
        model.addAttribute("collectiveTitles", pledges.titlesFor(campaign, SubjectType.COLLECTIVE));
        model.addAttribute("statuses", PledgeStatus.values());
        model.addAttribute("canExtend", CurrentUser.get().isAdmin()
                && (campaign.getStatus() == CampaignStatus.REGISTRATION || campaign.getStatus() == CampaignStatus.IN_PROGRESS));
        model.addAttribute("today", window.today());
        return "pledge/overview";
    }

    @GetMapping("/campaigns/{id:\\d+}/registrations.xlsx")
    void xlsx(@PathVariable Long id, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.write(id, buffer);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(export.fileName(id), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    /** ADMIN: a new registration deadline (dd/MM/yyyy), audited as a campaign change. */
    @PostMapping("/campaigns/{id:\\d+}/registration-deadline")
    String extendDeadline(@PathVariable Long id, @RequestParam(required = false) String registrationDeadline,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        java.time.LocalDate date;
        try {
            date = registrationDeadline == null || registrationDeadline.isBlank() ? null
                    : java.time.LocalDate.parse(registrationDeadline.strip(),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        } catch (java.time.format.DateTimeParseException e) {
            campaigns.getForEditing(id);
            redirect.addFlashAttribute("flashError", messages.get("campaign.registrationDeadline") + ": "
                    + messages.get("validation.date"));
            return "redirect:/campaigns/" + id + "/registrations/overview";
        }
        return actions.labellingInput("campaign.registrationDeadline")
                .redirectAfter("/campaigns/" + id + "/registrations/overview", redirect, () -> {
                    Campaign campaign = campaigns.extendRegistrationDeadline(id, date, version);
                    return messages.get("pledge.deadline.extended", java.time.format.DateTimeFormatter
                            .ofPattern("dd/MM/yyyy").format(campaign.getRegistrationDeadline()));
                });
    }

    private Map<String, String> titleNames() {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        for (Title t : titles.findAll()) {
            names.put(t.getCode(), t.displayName(locale));
        }
        return names;
    }
}
