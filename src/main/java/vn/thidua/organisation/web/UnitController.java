package vn.thidua.organisation.web;

import jakarta.validation.Valid;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.organisation.IndividualService;
import vn.thidua.organisation.OrganisationAccounts;
import vn.thidua.organisation.OrganisationAccounts.NewAccounts;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.UnitTree;
import vn.thidua.shared.Messages;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

import java.util.List;

/** The organisation tree for the emulation office: list, add, edit, set the head, deactivate. */
@Controller
@RequestMapping("/admin/units")
class UnitController {

    private static final String FORM = "organisation/unit-form";

    private final UnitService units;
    private final IndividualService individuals;
    private final Messages messages;
    private final PageActions actions;
    private final OrganisationAccounts accounts;

    UnitController(UnitService units, IndividualService individuals, Messages messages, PageActions actions,
                   OrganisationAccounts accounts) {
        this.units = units;
        this.individuals = individuals;
        this.messages = messages;
        this.actions = actions;
        this.accounts = accounts;
    }

    /** Accounts for everyone of the unit and its sub-units who has none; the passwords as a one-time list. */
    @PostMapping("/{id}/accounts")
    String createAccounts(@PathVariable Long id, RedirectAttributes redirect, HttpServletRequest request,
                          HttpServletResponse response) {
        String page = "/admin/units/" + id + "/edit";
        return actions.redirectAfter(page, redirect, () -> {
            NewAccounts made = accounts.forUnit(id, true);
            NewAccountsLink.give(made, redirect, request, response);
            return null;
        });
    }

    @GetMapping
    String list(Model model) {
        List<Unit> all = units.findAll();
        model.addAttribute("tree", UnitTree.of(all));
        model.addAttribute("facts", units.factsOf(all));
        return "organisation/units";
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        UnitForm form = new UnitForm();
        form.setParentId(parentId);
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return actions.form(result, () -> showForm(form, null, model)).submit(redirect, () -> {
            Unit unit = units.create(form.toNewUnit());
            return new Saved("/admin/units", messages.get("unit.created", unit.getName()));
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Unit unit = units.get(id);
        return showForm(UnitForm.of(unit), unit, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Unit unit = units.get(id);
        return actions.form(result, () -> showForm(form, unit, model))
                .onStale(model, () -> {
                    Unit current = units.get(id);
                    return showForm(UnitForm.of(current), current, model);
                })
                .submit(redirect, () -> {
                    Unit saved = units.update(id, form.toChanges());
                    return new Saved("/admin/units", messages.get("unit.updated", saved.getName()));
                });
    }

    private String showForm(UnitForm form, Unit unit, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        List<UnitTree<Unit>> parents = UnitTree.flatten(UnitTree.of(units.findAll()));
        model.addAttribute("parents", parents);
        if (unit != null) {
            // Every active member of the unit itself (not the first page of its subtree), so the
            // current head is always among the choices and saving never drops them by accident.
            model.addAttribute("members", individuals.activeMembers(unit.getId()));
        }
        return FORM;
    }
}
