package vn.thidua.security.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import vn.thidua.security.Account;
import vn.thidua.security.AccountDirectory;
import vn.thidua.security.AccountHolders.Holder;
import vn.thidua.security.AccountService;
import vn.thidua.security.LoginMessages;
import vn.thidua.security.LoginThrottle;
import vn.thidua.security.Role;
import vn.thidua.shared.Messages;
import vn.thidua.shared.Paging;
import vn.thidua.shared.Texts;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

import java.time.Instant;
import java.util.Optional;

/** Accounts for the emulation office: list, create, edit, reset a password, lift a sign-in lock. */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

    private static final String NEW_FORM = "security/account-new";
    private static final String EDIT_FORM = "security/account-edit";
    private static final int PAGE_SIZE = 50;
    // the service names the individual by id; the page asks for the employee code
    private static final String INDIVIDUAL_ID = "individualId";
    private static final String INDIVIDUAL_CODE = "individualCode";

    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Messages messages;
    private final PageActions actions;
    private final LoginThrottle throttle;

    AccountController(AccountService accounts, AccountDirectory directory, Messages messages, PageActions actions,
                      LoginThrottle throttle) {
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
        this.actions = actions;
        this.throttle = throttle;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                Model model) {
        Page<AccountDirectory.AccountRow> accountPage = directory.search(q,
                Paging.of(page, PAGE_SIZE, PAGE_SIZE, Sort.unsorted()));
        String query = Texts.clean(q);
        String base = UriComponentsBuilder.fromPath("/admin/accounts")
                .queryParamIfPresent("q", Optional.ofNullable(query)).encode().build().toUriString();
        model.addAttribute("accounts", accountPage);
        model.addAttribute("q", query);
        model.addAttribute("pageBase", base + (query == null ? "?" : "&"));
        return "security/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return NEW_FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
                  RedirectAttributes redirect) {
        Long individualId = resolve(form.getIndividualCode(), result);
        return actions.form(result, () -> NEW_FORM)
                .showingField(INDIVIDUAL_ID, INDIVIDUAL_CODE)
                .submit(redirect, () -> {
                    Account account = accounts.create(new AccountService.NewAccount(form.getUsername(),
                            form.getPassword(), form.getRoles(), individualId));
                    return new Saved("/admin/accounts", messages.get("account.created", account.getUsername()));
                });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Account account = accounts.get(id);
        return showEdit(account, AccountForm.of(account, codeOf(account)), new ResetPasswordForm(), model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        Long individualId = resolve(form.getIndividualCode(), result);
        return actions.form(result, () -> showEdit(account, form, new ResetPasswordForm(), model))
                .showingField(INDIVIDUAL_ID, INDIVIDUAL_CODE)
                .onStale(model, () -> {
                    Account current = accounts.get(id);
                    return showEdit(current, AccountForm.of(current, codeOf(current)), new ResetPasswordForm(), model);
                })
                .submit(redirect, () -> {
                    Account saved = accounts.update(id, new AccountService.AccountChanges(form.getRoles(),
                            individualId, form.isEnabled(), form.getVersion()));
                    return new Saved("/admin/accounts", messages.get("account.updated", saved.getUsername()));
                });
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @ModelAttribute("passwordForm") ResetPasswordForm passwordForm,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return actions.form(result, () -> {
            Account account = accounts.get(id);
            return showEdit(account, AccountForm.of(account, codeOf(account)), passwordForm, model);
        }).submit(redirect, () -> {
            Account account = accounts.resetPassword(id, passwordForm.getPassword());
            return new Saved("/admin/accounts/" + id + "/edit",
                    messages.get("account.passwordReset", account.getUsername()));
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        Account account = accounts.unlock(id);
        redirect.addFlashAttribute("flashSuccess", messages.get("account.unlocked", account.getUsername()));
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    private String showEdit(Account account, AccountForm form, ResetPasswordForm passwordForm, Model model) {
        Optional<Instant> lockedUntil = throttle.lockedUntil(account.getUsername());
        model.addAttribute("account", account);
        model.addAttribute("locked", lockedUntil.isPresent());
        model.addAttribute("lockedUntil", lockedUntil.map(LoginMessages::time).orElse(null));
        model.addAttribute("linked", directory.individual(account.getIndividualId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("passwordForm", passwordForm);
        return EDIT_FORM;
    }

    private String codeOf(Account account) {
        return directory.individual(account.getIndividualId()).map(Holder::code).orElse(null);
    }

    /** The employee code typed on the form as an individual's id; an unknown code is an error on the field. */
    private Long resolve(String code, BindingResult result) {
        String clean = Texts.code(code);
        if (clean == null) {
            return null;
        }
        Optional<Holder> individual = directory.individualByCode(clean);
        if (individual.isEmpty()) {
            result.rejectValue(INDIVIDUAL_CODE, "validation.individual.unknownCode", new Object[] {clean},
                    messages.get("validation.individual.unknownCode", clean));
            return null;
        }
        return individual.get().id();
    }
}
