package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Upload forms carry their CSRF token in the action URL. Reading it from the body would make
 * Tomcat parse the upload inside the security filters, where a file over the limit can only end
 * in the container's bare error page; read from the query string, the upload is parsed by the
 * controller and a too-large file gets the application's 413 page.
 */
class MultipartCsrfTokenFilter extends OncePerRequestFilter {

    private final String parameterName;

    MultipartCsrfTokenFilter(String parameterName) {
        this.parameterName = parameterName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(new TokenFromQueryString(request, parameterName), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class TokenFromQueryString extends HttpServletRequestWrapper {

        private final String parameterName;

        TokenFromQueryString(HttpServletRequest request, String parameterName) {
            super(request);
            this.parameterName = parameterName;
        }

        @Override
        public String getParameter(String name) {
            if (!parameterName.equals(name)) {
                return super.getParameter(name);
            }
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            List<String> values = UriComponentsBuilder.newInstance().query(query).build().getQueryParams()
                    .get(parameterName);
            return values == null || values.isEmpty() || values.get(0) == null ? null
                    : URLDecoder.decode(values.get(0), StandardCharsets.UTF_8);
        }
    }
}
