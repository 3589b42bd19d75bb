package vn.thidua.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.DatabaseUnavailable;
import vn.thidua.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Around everything else, Spring Security included: a request that failed because the database
 * cannot be reached is answered 503 (through the error page: a page for browsers, problem details
 * for the API) with {@code Retry-After}, including a sign-in that could not check the password.
 * A response already under way (a streaming export) cannot change its status: the failure goes on
 * to the container, which breaks the connection off rather than end the file as if complete.
 */
@Component
@Order(-103) // inside the locale filter (-104), so the answer is in the caller's language; around Security (-100)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;

    DatabaseUnavailableFilter(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: the database cannot be reached ({}), answered 503", request.getMethod(),
                    request.getRequestURI(), rootMessage(e));
            response.resetBuffer();
            response.setHeader("Retry-After", "5");
            if (wantsPage(request)) {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return;
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", messages.get("error.503.title"));
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", messages.get("error.503.detail"));
            problem.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(problem));
        }
    }

    /** Pages get the error page of the layout; the API (and any client that does not ask for HTML) problem details. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
