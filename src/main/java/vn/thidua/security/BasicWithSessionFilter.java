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
 * Refuses an API request that carries a session cookie and HTTP Basic credentials at once. Only a
 * browser sends both, and a browser that sends Basic credentials by itself may be doing it for a
 * form of another site (Basic needs no CSRF token). Such a request is answered 401 without a
 * Basic challenge, whatever the credentials.
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
        if (hasBasicCredentials(request) && WebUtils.getCookie(request, sessionCookie) != null) {
            writer.write(request, response, HttpStatus.UNAUTHORIZED, messages.get("error.401.title"),
                    messages.get("login.basicWithSession"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
