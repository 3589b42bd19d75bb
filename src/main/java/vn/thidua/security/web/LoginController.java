package vn.thidua.security.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.security.AccountLockedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.LoginMessages;
import vn.thidua.security.LoginThrottle;
import vn.thidua.shared.Messages;


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
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("loginError", describe(last instanceof AuthenticationException e ? e : null));
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("lastUsername", session.getAttribute(LoginFailureHandler.LAST_USERNAME));
            session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        }
        model.addAttribute("demo", demo);
        model.addAttribute("demoPassword", demo ? demoPassword : null);
        return "security/login";
    }

    private String describe(AuthenticationException exception) {
        if (exception instanceof AccountLockedException locked) {
            return messages.get("login.locked", LoginMessages.time(locked.getLockedUntil()), throttle.maxFailures());
        }
        if (exception instanceof DisabledException) {
            return messages.get("login.disabled");
        }
        return messages.get("login.badCredentials");
    }
}
