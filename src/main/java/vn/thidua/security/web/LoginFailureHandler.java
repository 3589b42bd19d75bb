package vn.thidua.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import vn.thidua.shared.DatabaseUnavailable;

import java.io.IOException;

/**
 * Back to the login page; the reason and the username typed stay in the session so the page can
 * explain and the person only retypes the password.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = LoginFailureHandler.class.getName() + ".username";

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (DatabaseUnavailable.is(exception)) {
            throw exception; // not a wrong password: answered 503 by the shared error handling
        }
        String username = request.getParameter("username");
        if (username != null && username.length() <= 64) {
            request.getSession().setAttribute(LAST_USERNAME, username.strip());
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
