package vn.thidua.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import vn.thidua.security.AccountLockedException;
import vn.thidua.shared.DatabaseUnavailable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Back to the login page; the reason and the username typed travel in a short-lived cookie (not
 * in a session: a visitor who has not signed in gets none) so the page can explain and the person
 * only retypes the password. The cookie holds a reason code, the end of a lock and the username,
 * nothing secret; the page words the reason itself.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String COOKIE = "LOGIN_ERROR";
    private static final int MAX_AGE_SECONDS = 300;

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    /** What the login page needs to explain a failure. */
    record Failure(String reason, Instant lockedUntil, String scope, String username) {

        static final String BAD_CREDENTIALS = "bad";
        static final String DISABLED = "disabled";
        static final String LOCKED = "locked";

        String encode() {
            String value = reason + "|" + (lockedUntil == null ? "" : lockedUntil.getEpochSecond()) + "|"
                    + (scope == null ? "" : scope) + "|" + (username == null ? "" : username);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Failure> decode(String cookie) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8)
                        .split("\\|", 4);
                if (parts.length != 4) {
                    return Optional.empty();
                }
                Instant until = parts[1].isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(parts[1]));
                return Optional.of(new Failure(parts[0], until, parts[2].isEmpty() ? null : parts[2],
                        parts[3].isEmpty() ? null : parts[3]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (DatabaseUnavailable.is(exception)) {
            throw exception; // not a wrong password: answered 503 by the shared error handling
        }
        String username = request.getParameter("username");
        String typed = username != null && username.length() <= 64 ? username.strip() : null;
        Failure failure;
        if (exception instanceof AccountLockedException locked) {
            failure = new Failure(Failure.LOCKED, locked.getLockedUntil(), locked.getScope().name(), typed);
        } else if (exception instanceof DisabledException) {
            failure = new Failure(Failure.DISABLED, null, null, typed);
        } else {
            failure = new Failure(Failure.BAD_CREDENTIALS, null, null, typed);
        }
        response.addCookie(cookie(request, failure.encode(), MAX_AGE_SECONDS));
        redirect.sendRedirect(request, response, "/login?error");
    }

    /** The failure the login page is to explain, once: reading it clears the cookie. */
    static Optional<Failure> take(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        response.addCookie(cookie(request, "", 0));
        return Failure.decode(cookie.getValue());
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
