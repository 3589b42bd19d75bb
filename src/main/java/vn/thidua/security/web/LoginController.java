package vn.thidua.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.security.AccountLockedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.LoginMessages;
import vn.thidua.security.LoginThrottle;
import vn.thidua.shared.Messages;

import java.util.Optional;

/** The login page. It creates no session: what a failed sign-in has to say comes in a cookie. */
@Controller
class LoginController {

    private final Messages messages;
    private final LoginThrottle throttle;
    private final boolean demo;
    private final String demoPassword;

    LoginController(Messages messages, LoginThrottle throttle, @Value("${app.demo.enabled:false}") boolean demo,
                    @Value("${app.demo.password:}") String demoPassword) {
        this.messages = messages;
        this.throttle = throttle;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        if (error != null) {
            Optional<LoginFailureHandler.Failure> failure = LoginFailureHandler.take(request, response);
            model.addAttribute("loginError", describe(failure.orElse(null)));
            model.addAttribute("lastUsername", failure.map(LoginFailureHandler.Failure::username).orElse(null));
        }
        model.addAttribute("demo", demo);
        model.addAttribute("demoPassword", demo ? demoPassword : null);
        return "security/login";
    }

    private String describe(LoginFailureHandler.Failure failure) {
        if (failure != null && LoginFailureHandler.Failure.LOCKED.equals(failure.reason())
                && failure.lockedUntil() != null) {
            LoginThrottle.Scope scope = "USERNAME".equals(failure.scope()) ? LoginThrottle.Scope.USERNAME
                    : LoginThrottle.Scope.ADDRESS;
            return LoginMessages.locked(messages, new AccountLockedException(failure.lockedUntil(), scope),
                    throttle.maxFailures());
        }
        if (failure != null && LoginFailureHandler.Failure.DISABLED.equals(failure.reason())) {
            return messages.get("login.disabled");
        }
        return messages.get("login.badCredentials");
    }
}
