package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;
import vn.thidua.shared.Messages;

import java.io.IOException;

/**
 * Refuses an API request that carries HTTP Basic credentials the way only a browser does: together
 * with a session cookie, or on behalf of another site ({@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}). A browser that sends Basic credentials by itself may be doing it for a form of
 * another site, and Basic needs no CSRF token. Such a request is answered 401 without a Basic
 * challenge, whatever the credentials. API clients send no cookie and no Sec-Fetch headers.
 */
final class BasicWithSessionFilter extends OncePerRequestFilter {

    private final String sessionCookie;
    private final Messages messages;
    private final ProblemWriter writer;

    BasicWithSessionFilter(String sessionCookie, Messages messages, ProblemWriter writer) {
        this.sessionCookie = sessionCookie;
        this.messages = messages;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBasicCredentials(request)) {
            String refusal = WebUtils.getCookie(request, sessionCookie) != null ? "login.basicWithSession"
                    : fromAnotherSite(request) ? "login.basicFromAnotherSite" : null;
            if (refusal != null) {
                writer.write(request, response, HttpStatus.UNAUTHORIZED, messages.get("error.401.title"),
                        messages.get(refusal));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
