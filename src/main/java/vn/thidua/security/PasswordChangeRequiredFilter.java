package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.shared.Messages;

import java.io.IOException;
import java.util.List;

/**
 * Whoever signed in with an initial password may do nothing but change it: a page is answered with
 * a redirect to the password page (303, so a form's POST becomes a GET), an API call with 403 and
 * a problem saying so. Sign-out, the password page and static files stay open.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private static final List<String> OPEN = List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

    private final boolean api;
    private final Messages messages;
    private final ProblemWriter problems;

    PasswordChangeRequiredFilter(boolean api, Messages messages, ProblemWriter problems) {
        this.api = api;
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)
                || !principal.mustChangePassword() || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            problems.write(request, response, HttpStatus.FORBIDDEN, messages.get("password.mustChange.title"),
                    messages.get("password.mustChange.api", PASSWORD_PAGE));
            return;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + PASSWORD_PAGE);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private boolean open(HttpServletRequest request) {
        if (api) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
