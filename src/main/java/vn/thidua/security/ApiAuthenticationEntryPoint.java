package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import vn.thidua.shared.DatabaseUnavailable;
import vn.thidua.shared.Messages;

import java.io.IOException;

/**
 * API without (valid) credentials: 401 problem details, never a redirect to the login page. API
 * clients are challenged for HTTP Basic; browsers never are (a request that asks for HTML, carries
 * the browser's Sec-Fetch headers, comes from htmx or has a session cookie), so a browser never
 * prompts for Basic credentials nor remembers any that another site's form could then borrow. When
 * the credentials could not be checked because the database is unreachable, the failure goes on to
 * be answered 503.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiAuthenticationEntryPoint.class);

    private final Messages messages;
    private final ProblemWriter writer;
    private final LoginThrottle throttle;
    private final String sessionCookie;

    ApiAuthenticationEntryPoint(Messages messages, ProblemWriter writer, LoginThrottle throttle,
                                @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.messages = messages;
        this.writer = writer;
        this.throttle = throttle;
        this.sessionCookie = sessionCookie;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (DatabaseUnavailable.is(exception)) {
            // the password could not be checked: not "not signed in" but 503, by the shared error handling
            throw exception;
        }
        if (exception instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
            log.warn("The credentials of {} {} could not be checked", request.getMethod(), request.getRequestURI(), exception);
        }
        if (!looksLikeABrowser(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"thidua\", charset=\"UTF-8\"");
        }
        String detail = exception instanceof AccountLockedException locked
                ? LoginMessages.locked(messages, locked, throttle.maxFailures())
                : messages.get("error.401.detail");
        writer.write(request, response, HttpStatus.UNAUTHORIZED, messages.get("error.401.title"), detail);
    }

    private boolean looksLikeABrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase().contains("text/html")
                || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Dest") != null
                || request.getHeader("HX-Request") != null
                || WebUtils.getCookie(request, sessionCookie) != null;
    }
}
