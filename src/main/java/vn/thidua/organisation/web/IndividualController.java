package vn.thidua.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualService;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.UnitTree;
import vn.thidua.shared.Messages;
import vn.thidua.shared.Paging;
import vn.thidua.shared.Texts;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The people of the organisation for the emulation office: search, filter by unit and status, add, edit. */
@Controller
@RequestMapping("/admin/individuals")
class IndividualController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "organisation/individual-form";

    /** The status filter of the list; {@code ?status=active|inactive|all}, active by default. */
    enum StatusFilter {
        ACTIVE(Boolean.TRUE), INACTIVE(Boolean.FALSE), ALL(null);

        private final Boolean active;

        StatusFilter(Boolean active) {
            this.active = active;
        }

        static StatusFilter parse(String value) {
            if (value != null) {
                for (StatusFilter filter : values()) {
                    if (filter.name().equalsIgnoreCase(value.strip())) {
                        return filter;
                    }
                }
            }
            return ACTIVE;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final IndividualService individuals;
    private final UnitService units;
    private final Messages messages;
    private final PageActions actions;

    IndividualController(IndividualService individuals, UnitService units, Messages messages,
                         PageActions actions) {
        this.individuals = individuals;
        this.units = units;
        this.messages = messages;
        this.actions = actions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        String query = Texts.clean(q);
        StatusFilter filter = StatusFilter.parse(status);
        Page<Individual> people = individuals.search(new IndividualService.Search(unitId, query, filter.active),
                PageRequest.of(Paging.pageNumber(page), PAGE_SIZE, IndividualService.BY_NAME));
        model.addAttribute("people", people);
        model.addAttribute("unitsById", individuals.unitsOf(people.getContent()));
        model.addAttribute("unitOptions", UnitTree.flatten(UnitTree.of(units.findAll())));
        model.addAttribute("q", query);
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", filter.param());
        model.addAttribute("statuses", StatusFilter.values());
        model.addAttribute("pageUrl", pageUrl(request, query, unitId, filter));
        return "organisation/individuals";
    }

    /** The list's address with its filters, ready for {@code page=N} to be appended (pager fragment). */
    private static String pageUrl(HttpServletRequest request, String q, Long unitId, StatusFilter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getContextPath() + "/admin/individuals");
        Map<String, Object> values = new HashMap<>();
        if (q != null) {
            url.queryParam("q", "{q}");
            values.put("q", q);
        }
        if (unitId != null) {
            url.queryParam("unitId", unitId);
        }
        url.queryParam("status", filter.param());
        // Template variables are encoded strictly: a search for "a&b" or "#1" stays one value.
        return url.encode().buildAndExpand(values).toUriString() + "&";
    }

    @GetMapping("/new")
    String newIndividual(@RequestParam(required = false) Long unitId, Model model) {
        IndividualForm form = new IndividualForm();
        form.setUnitId(unitId);
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") IndividualForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return actions.form(result, () -> showForm(form, null, model)).submit(redirect, () -> {
            Individual individual = individuals.create(form.toData());
            return new Saved("/admin/individuals", messages.get("individual.created", individual.getFullName()));
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Individual individual = individuals.get(id);
        return showForm(IndividualForm.of(individual), individual, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") IndividualForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Individual individual = individuals.get(id);
        return actions.form(result, () -> showForm(form, individual, model))
                .onStale(model, () -> {
                    Individual current = individuals.get(id);
                    return showForm(IndividualForm.of(current), current, model);
                })
                .submit(redirect, () -> {
                    Individual saved = individuals.update(id, form.toData(), form.isActive(), form.getVersion());
                    return new Saved("/admin/individuals", messages.get("individual.updated", saved.getFullName()));
                });
    }

    private String showForm(IndividualForm form, Individual individual, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("individual", individual);
        // Active units, plus the person's current unit should it have been closed since.
        Long currentUnit = individual != null ? individual.getUnitId() : null;
        List<UnitTree<Unit>> options = UnitTree.flatten(UnitTree.of(units.findAll())).stream()
                .filter(node -> node.unit().isActive() || node.unit().getId().equals(currentUnit))
                .toList();
        model.addAttribute("unitOptions", options);
        if (individual != null) {
            IndividualService.Standing standing = individuals.standing(individual.getId());
            model.addAttribute("headOf", standing.headOf().stream().map(Unit::getName).toList());
            model.addAttribute("accountUsername", standing.accountUsername().orElse(null));
        }
        return FORM;
    }
}
