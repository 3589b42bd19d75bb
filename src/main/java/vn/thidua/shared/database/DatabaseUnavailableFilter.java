package vn.thidua.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.DatabaseUnavailable;
import vn.thidua.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Around everything else, the database-backed sessions and Spring Security included: a request that
 * failed because the database cannot be reached is answered 503 with {@code Retry-After}, including a
 * sign-in that could not check the password: the error page of the layout for browsers, problem
 * details for the API, in the caller's language. The page is drawn here, not through the container's
 * error dispatch, which would read the session from the database again and fail the same way.
 * A response already under way (a streaming export) cannot change its status: the failure goes on
 * to the container, which breaks the connection off rather than end the file as if complete.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;

    DatabaseUnavailableFilter(Messages messages, LocaleResolver locales, ITemplateEngine templates) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
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
            Locale locale = locales.resolveLocale(request);
            LocaleContext before = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(locale);
            try {
                answer(request, response, locale);
            } finally {
                LocaleContextHolder.setLocaleContext(before);
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", "5");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsPage(request)) {
            // the page shows no form: a CSRF token would be read from the session, in the database
            request.removeAttribute("_csrf");
            request.removeAttribute(CsrfToken.class.getName());
            WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response), locale);
            page.setVariable("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            page.setVariable("detail", messages.get("error.503.detail"));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            templates.process("error/page", page, response.getWriter());
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get("error.503.title"));
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", messages.get("error.503.detail"));
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(problem));
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
