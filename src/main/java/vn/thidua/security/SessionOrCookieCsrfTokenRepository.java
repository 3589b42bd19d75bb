package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * The CSRF token of a signed-in session lives in the session; before there is one (the login page,
 * error pages) it lives in a cookie, so that showing a form to an anonymous visitor creates no
 * session. A signed-in session only accepts its own token, never the cookie's. The header is
 * {@code X-CSRF-TOKEN} and the form field {@code _csrf} either way.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE_NAME = "XSRF-TOKEN";
    private static final String HEADER_NAME = "X-CSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        session.setHeaderName(HEADER_NAME);
        cookie.setHeaderName(HEADER_NAME);
        cookie.setCookieName(COOKIE_NAME);
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean hasSession = request.getSession(false) != null;
        if (token == null) {
            session.saveToken(null, request, response);
            clearCookie(request, response);
        } else if (hasSession) {
            session.saveToken(token, request, response);
            clearCookie(request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        if (current != null) {
            CsrfToken token = session.loadToken(request);
            if (token != null || current.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                return token;
            }
        }
        return cookie.loadToken(request);
    }

    private void clearCookie(HttpServletRequest request, HttpServletResponse response) {
        if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
            cookie.saveToken(null, request, response);
        }
    }
}
