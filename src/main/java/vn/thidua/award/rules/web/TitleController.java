package vn.thidua.award.rules.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.Quota;
import vn.thidua.award.QuotaRounding;
import vn.thidua.award.RuleClause;
import vn.thidua.award.RuleVersion;
import vn.thidua.award.RuleVersions;
import vn.thidua.award.TitleQuotas;
import vn.thidua.award.rules.ClauseTexts;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.web.PageActions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The titles with the rules in force today, and one title's history of rules and its quota; the
 * emulation office changes the quota and adds a version (the current clauses with new numbers).
 */
@Controller
class TitleController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RuleVersions rules;
    private final TitleQuotas quotas;
    private final TitleCatalogue catalogue;
    private final ClauseTexts texts;
    private final Messages messages;
    private final PageActions actions;

    TitleController(RuleVersions rules, TitleQuotas quotas, TitleCatalogue catalogue, ClauseTexts texts,
                    Messages messages, PageActions actions) {
        this.rules = rules;
        this.quotas = quotas;
        this.catalogue = catalogue;
        this.texts = texts;
        this.messages = messages;
        // every problem of the form, each with its field, so the admin sees all in one round
        this.actions = actions.wordingInputAs(e -> e.getProblems().stream()
                .map(p -> label(p.field()) + ": " + messages.get(p.messageKey(), p.arguments()))
                .collect(Collectors.joining("; ")));
    }

    record ClauseRow(String code, String text, String citation, String sourceText, boolean organisationRule,
                     List<NumberField> numbers) {
    }

    /** A number of a clause's parameters the version form lets the admin change: its path and current value. */
    record NumberField(String path, String label, String value) {
    }

    record VersionRow(int version, LocalDate effectiveFrom, LocalDate effectiveTo, String note, String createdBy,
                      boolean inForce, List<ClauseRow> clauses) {
    }

    record TitleRow(Title title, VersionRow rules, Quota quota, String percent, String basisName) {
    }

    @GetMapping("/titles")
    String list(Model model) {
        LocalDate today = OfficeTime.today();
        Map<String, RuleVersion> inForce = rules.allInForce(today);
        Map<String, Quota> allQuotas = quotas.all();
        List<Title> all = catalogue.findAll();
        List<TitleRow> rows = all.stream()
                .map(t -> new TitleRow(t, inForce.containsKey(t.getCode()) ? row(inForce.get(t.getCode()), today) : null,
                        allQuotas.get(t.getCode()), percent(allQuotas.get(t.getCode())),
                        basisName(allQuotas.get(t.getCode()), all)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        return "award/titles";
    }

    @GetMapping("/titles/{code}")
    String detail(@PathVariable String code, Model model) {
        Title title = catalogue.get(code);
        LocalDate today = OfficeTime.today();
        List<VersionRow> versions = new ArrayList<>(rules.list(title.getCode()).stream().map(v -> row(v, today)).toList());
        versions.sort(Comparator.comparingInt(VersionRow::version).reversed());
        model.addAttribute("t", title);
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.isEmpty() ? null : versions.get(0));
        Quota quota = quotas.get(title.getCode());
        model.addAttribute("quota", quota);
        model.addAttribute("percent", percent(quota));
        List<Title> all = catalogue.findAll();
        model.addAttribute("basisName", basisName(quota, all));
        model.addAttribute("catalogue", all);
        model.addAttribute("roundings", QuotaRounding.values());
        return "award/title";
    }

    @PostMapping("/titles/{code}/quota")
    String saveQuota(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
                     @RequestParam(required = false) String percent, @RequestParam(required = false) String basisTitle,
                     @RequestParam(required = false) QuotaRounding rounding, @RequestParam(required = false) Long version,
                     RedirectAttributes redirect) {
        Title title = catalogue.get(code);
        return actions.redirectAfter("/titles/" + title.getCode(), redirect, () -> {
            BigDecimal value = number("percent", percent);
            quotas.update(title.getCode(), new TitleQuotas.QuotaData(enabled, value,
                    basisTitle == null || basisTitle.isBlank() ? null : basisTitle, rounding), version);
            return messages.get("award.quota.saved", title.displayName(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        });
    }

    /** A new version: the latest version's clauses and sources, with the numbers the form sends ({@code p.<path>}). */
    @PostMapping("/titles/{code}/rules")
    String addVersion(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                      RedirectAttributes redirect) {
        Title title = catalogue.get(code);
        return actions.redirectAfter("/titles/" + title.getCode(), redirect, () -> {
            List<RuleVersion> all = rules.list(title.getCode());
            RuleVersion latest = all.get(all.size() - 1);
            LocalDate from = date(form.getFirst("effectiveFrom"));
            List<RuleVersions.NewClause> clauses = new ArrayList<>();
            for (int i = 0; i < latest.clauses().size(); i++) {
                RuleClause c = latest.clauses().get(i);
                Object params = ParamPaths.copy(c.params());
                for (NumberField field : ParamPaths.numbers(c.params(), "")) {
                    String sent = form.getFirst("p." + i + field.path());
                    if (sent != null) {
                        ParamPaths.set(params, field.path(), number("clauses[" + i + "].params" + field.path(), sent));
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> edited = (Map<String, Object>) params;
                clauses.add(new RuleVersions.NewClause(c.code(), c.kind(), edited, c.source()));
            }
            String basedOn = form.getFirst("basedOnVersion");
            RuleVersion added = rules.add(title.getCode(), new RuleVersions.NewVersion(from, form.getFirst("note"),
                    basedOn == null || basedOn.isBlank() ? null : Integer.valueOf(basedOn.trim()), clauses));
            return messages.get("award.rules.added", added.version(), DATE.format(added.effectiveFrom()));
        });
    }

    private VersionRow row(RuleVersion v, LocalDate today) {
        return new VersionRow(v.version(), v.effectiveFrom(), v.effectiveTo(), v.note(), v.createdBy(), v.inForceOn(today),
                v.clauses().stream().map(c -> new ClauseRow(c.code(), texts.text(c), c.source().citation(),
                        c.source().text(), c.source().organisationRule(), ParamPaths.numbers(c.params(), ""))).toList());
    }

    private static String basisName(Quota quota, List<Title> all) {
        if (quota == null || quota.basisTitle() == null) {
            return null;
        }
        return all.stream().filter(t -> t.getCode().equals(quota.basisTitle())).findFirst()
                .map(t -> t.displayName(org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                .orElse(quota.basisTitle());
    }

    /** "12,5" in Vietnamese, "12.5" in English; null without a percentage. */
    private static String percent(Quota quota) {
        if (quota == null || quota.percent() == null) {
            return null;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(quota.percent());
    }

    private String label(String field) {
        String key = "award.field." + field;
        String label = messages.get(key);
        return label.equals(key) ? field : label;
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "award.param.number");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.trim(), DATE) : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("effectiveFrom", "award.date.format");
        }
    }
}
