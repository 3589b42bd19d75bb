package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import vn.thidua.shared.DatabaseUnavailable;
import vn.thidua.shared.Messages;

import java.io.IOException;

/**
 * API without (valid) credentials: 401 problem details, never a redirect to the login page. When the
 * credentials could not be checked because the database is unreachable, the failure goes on to be
 * answered 503.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiAuthenticationEntryPoint.class);

    private final Messages messages;
    private final ProblemWriter writer;
    private final LoginThrottle throttle;

    ApiAuthenticationEntryPoint(Messages messages, ProblemWriter writer, LoginThrottle throttle) {
        this.messages = messages;
        this.writer = writer;
        this.throttle = throttle;
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
        response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
        String detail = exception instanceof AccountLockedException locked
                ? messages.get("login.locked", LoginMessages.time(locked.getLockedUntil()), throttle.maxFailures())
                : messages.get("error.401.detail");
        writer.write(request, response, HttpStatus.UNAUTHORIZED, messages.get("error.401.title"), detail);
    }
}
