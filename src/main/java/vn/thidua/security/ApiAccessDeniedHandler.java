package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Messages;

import java.io.IOException;

/**
 * API authenticated but not allowed (or a missing CSRF header): 403 problem details. The CSRF
 * check runs before authentication, so a write without any credentials lands here too: that is
 * "not signed in" (401, API.md), not "forbidden".
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final Messages messages;
    private final ProblemWriter writer;
    private final ApiAuthenticationEntryPoint entryPoint;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    ApiAccessDeniedHandler(Messages messages, ProblemWriter writer, ApiAuthenticationEntryPoint entryPoint) {
        this.messages = messages;
        this.writer = writer;
        this.entryPoint = entryPoint;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        if (exception instanceof CsrfException && !signedIn()) {
            entryPoint.commence(request, response, new InsufficientAuthenticationException("not signed in"));
            return;
        }
        String detail = exception instanceof CsrfException
                ? messages.get("error.403.csrf") : messages.get("error.403.detail");
        writer.write(request, response, HttpStatus.FORBIDDEN, messages.get("error.403.title"), detail);
    }

    private boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !trustResolver.isAnonymous(authentication);
    }
}
