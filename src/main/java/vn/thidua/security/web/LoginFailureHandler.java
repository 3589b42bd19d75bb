package vn.thidua.security.web;

import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the login page; the reason stays in the session for the page to explain. */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    LoginFailureHandler() {
        super("/login?error");
    }
}
