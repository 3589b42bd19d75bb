package vn.thidua.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a {@link MockHttpSession} passed to MockMvc ({@code .session(session)}) behave like a
 * browser's cookie jar. Sessions live in the database (Spring Session), found by the SESSION
 * cookie, not in the servlet container's session, and MockMvc does not keep cookies between
 * requests: this filter, first in the chain, sends the cookies earlier responses set (session,
 * CSRF token cookie, language, login message) and keeps the ones this response sets or clears.
 * Flash attributes a test hands to MockMvc ({@code .flashAttrs(...)}, which MockMvc stores in the
 * container's session) reach the controller as they would from the database session. Requests
 * without a MockHttpSession are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SessionCookies implements MockMvcBuilderCustomizer {

    private static final String JAR = SessionCookies.class.getName() + ".jar";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.addFilters(new CookieJarFilter());
    }

    /** The cookies the jar of this MockHttpSession holds, by name (empty for none). */
    public static Map<String, String> of(MockHttpSession session) {
        Map<String, String> values = new LinkedHashMap<>();
        jar(session).forEach((name, cookie) -> values.put(name, cookie.getValue()));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Cookie> jar(HttpSession session) {
        Map<String, Cookie> jar = (Map<String, Cookie>) session.getAttribute(JAR);
        if (jar == null) {
            jar = new LinkedHashMap<>();
            session.setAttribute(JAR, jar);
        }
        return jar;
    }

    private static final class CookieJarFilter implements Filter {

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            if (!(req instanceof MockHttpServletRequest request)
                    || !(request.getSession(false) instanceof MockHttpSession session)
                    || !(res instanceof MockHttpServletResponse response)) {
                chain.doFilter(req, res);
                return;
            }
            if (session.getAttribute(FLASH_MAPS) instanceof List<?> flashMaps && !flashMaps.isEmpty()) {
                Map<String, Object> input = new LinkedHashMap<>();
                flashMaps.forEach(map -> ((Map<?, ?>) map).forEach((k, v) -> input.put((String) k, v)));
                request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
                session.removeAttribute(FLASH_MAPS);
            }
            Map<String, Cookie> jar = jar(session);
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of()
                    : Arrays.asList(request.getCookies()));
            for (Cookie kept : jar.values()) {
                if (cookies.stream().noneMatch(c -> c.getName().equals(kept.getName()))) {
                    cookies.add(kept);
                }
            }
            if (!cookies.isEmpty()) {
                request.setCookies(cookies.toArray(Cookie[]::new));
            }
            chain.doFilter(request, response);
            for (Cookie set : response.getCookies()) {
                if (set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty()) {
                    jar.remove(set.getName());
                } else {
                    jar.put(set.getName(), new Cookie(set.getName(), set.getValue()));
                }
            }
        }
    }
}
