package vn.thidua.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.security.AccountService;
import vn.thidua.security.SignInRefresh;
import vn.thidua.shared.Messages;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.PageActions.Saved;

import java.util.Objects;

/**
 * Everybody signed in changes their own password here; whoever signed in with an initial password
 * is sent here and may use nothing else until they have changed it.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String FORM = "security/password";

    private final AccountService accounts;
    private final Messages messages;
    private final PageActions actions;
    private final SignInRefresh signIn;

    PasswordController(AccountService accounts, Messages messages, PageActions actions, SignInRefresh signIn) {
        this.accounts = accounts;
        this.messages = messages;
        this.actions = actions;
        this.signIn = signIn;
    }

    @ModelAttribute("mustChangePassword")
    boolean mustChangePassword() {
        return SignInRefresh.mustChangePassword();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return FORM;
    }

    @PostMapping
    String change(@ModelAttribute("form") ChangePasswordForm form, BindingResult result,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch", messages.get("password.mismatch"));
        }
        return actions.form(result, () -> FORM).submit(redirect, () -> {
            boolean initial = SignInRefresh.mustChangePassword();
            accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
            signIn.afterPasswordChange(request, response);
            return initial ? new Saved("/campaigns", messages.get("password.changed.initial"))
                    : new Saved("/account/password", messages.get("password.changed"));
        });
    }
}
