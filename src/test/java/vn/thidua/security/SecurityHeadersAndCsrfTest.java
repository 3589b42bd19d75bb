package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.security.AccountApiTest.json;

@IntegrationTest
class SecurityHeadersAndCsrfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        expectSecureHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        expectSecureHeaders(mvc.perform(get("/account/password").with(fixtures.as(fixtures.board())))
                .andExpect(status().isOk()));
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        expectSecureHeaders(mvc.perform(get("/api/v1/me").with(fixtures.basic(fixtures.board())))
                .andExpect(status().isOk()));
        expectSecureHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws Exception {
        for (String page : List.of("/account/password", "/admin/accounts", "/admin/accounts/new")) {
            mvc.perform(get(page).with(fixtures.as(fixtures.admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(" style="))))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("onclick="))));
        }
        // every page the demo's admin, board member, head and staff member can reach by following links from
        // the start page (each kind of page, with its ids, a few times), whatever status it answers
        Map<String, Integer> reached = new java.util.LinkedHashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (String user : List.of("admin", "hoidong1", "truong.vth", "nv0101")) {
            Map<String, String> pages = crawl(user, problems);
            reached.put(user, pages.size());
            for (Map.Entry<String, String> page : pages.entrySet()) {
                problems.addAll(inlineCode(user + " " + page.getKey(), page.getValue()));
            }
            java.util.Set<String> kinds = new java.util.HashSet<>();
            pages.keySet().forEach(path -> kinds.add(kind(path)));
            EXPECTED_PAGES.get(user).forEach(kind -> {
                if (!kinds.contains(kind)) {
                    problems.add(user + " never reached " + kind + " (reached " + new java.util.TreeSet<>(kinds) + ")");
                }
            });
        }
        assertThat(problems).as("pages reached: %s", reached).isEmpty();
    }

    /** Pages each demo account must reach by links, so the walk above cannot pass by seeing nothing. */
    static final Map<String, List<String>> EXPECTED_PAGES = Map.of(
            "admin", List.of("/campaigns", "/campaigns/#", "/campaigns/#/edit", "/campaigns/new",
                    "/admin/units", "/admin/individuals", "/admin/accounts", "/admin/accounts/new",
                    "/account/password", "/campaigns/#/registrations/overview", "/campaigns/#/summary"),
            "hoidong1", List.of("/campaigns", "/campaigns/#", "/campaigns/#/registrations/overview", "/campaigns/#/dashboard",
                    "/campaigns/#/summary", "/evaluations", "/pledges/#"),
            "truong.vth", List.of("/campaigns", "/campaigns/#/registrations", "/campaigns/#/review", "/pledges/#",
                    "/evaluations"),
            "nv0101", List.of("/campaigns", "/campaigns/#", "/pledges", "/evaluations", "/campaigns/#/pledges/new",
                    "/campaigns/#/evaluations/INDIVIDUAL/#", "/account/password"));

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final java.util.regex.Pattern JAVASCRIPT_URL = java.util.regex.Pattern.compile(
            "\\s(?:href|src|action|formaction)\\s*=\\s*[\"']\\s*javascript:", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Inline script or style in a page: what the Content-Security-Policy (no 'unsafe-inline') would
     * block. Every start tag is read with its attributes; quoted values (people's names, texts) are
     * blanked before the attribute names are looked at, so text that merely reads "onerror=" is not taken
     * for an attribute.
     */
    static List<String> inlineCode(String where, String html) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            String attributes = tag.group(2);
            String names = attributes.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
            String rule = null;
            if (name.equals("script") && !names.matches("(?is).*\\ssrc\\s*=.*")) {
                rule = "a <script> without src";
            } else if (name.equals("style")) {
                rule = "a <style> element";
            } else if (names.matches("(?is).*\\sstyle\\s*=.*")) {
                rule = "a style attribute";
            } else if (names.matches("(?is).*\\son[a-z]+\\s*=.*")) {
                rule = "an inline event handler";
            } else if (JAVASCRIPT_URL.matcher(attributes).find()) {
                rule = "a javascript: URL";
            }
            if (rule != null) {
                found.add(where + " has " + rule + ": " + tag.group());
            }
        }
        return found;
    }

    private static final int PER_KIND = 2;
    private static final int MOST_PAGES = 400;

    /** The HTML pages reachable by GET from "/" for this account, by path (query included). */
    private Map<String, String> crawl(String user, List<String> problems) throws Exception {
        var as = fixtures.as(user);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        Map<String, Integer> perKind = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // from the start page and the demo's two campaigns (in a full run many other campaigns come first in lists)
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/"));
        jdbc.sql("select id from campaign where code = 'VPCP-2020-50N' or code like 'VPCP-____-TX' order by id")
                .query(Long.class).list().forEach(id -> queue.add("/campaigns/" + id));
        seen.addAll(queue);
        while (!queue.isEmpty() && pages.size() < MOST_PAGES) {
            String path = queue.poll();
            var response = mvc.perform(get(java.net.URI.create(path)).with(as)).andReturn().getResponse();
            int status = response.getStatus();
            if (status >= 500) {
                problems.add(user + " " + path + " answered " + status);
            }
            List<String> links = new java.util.ArrayList<>();
            if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
                links.add(response.getRedirectedUrl());
            }
            String type = response.getContentType();
            if (type != null && type.startsWith("text/html")) {
                String html = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                pages.put(path, html);
                java.util.regex.Matcher href = java.util.regex.Pattern.compile("\\shref=\"([^\"]*)\"").matcher(html);
                while (href.find()) {
                    links.add(org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1)));
                }
            }
            for (String link : links) {
                String next = link.replaceFirst("#.*$", "");
                if (!followed(next) || !seen.add(next)) {
                    continue;
                }
                String kind = kind(next) + "?" + queryKeys(next);
                if (perKind.merge(kind, 1, Integer::sum) <= PER_KIND) {
                    queue.add(next);
                }
            }
        }
        return pages;
    }

    private static boolean followed(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("lang=")
                && !link.matches("^/(api|webjars|css|js|img|images|actuator|logout|login|error)(/.*|\\?.*)?$")
                && !link.matches("^[^?]*\\.(xlsx|pdf|csv|png|ico|svg|js|css|woff2?)(\\?.*)?$");
    }

    /** The path with its ids as # ("/campaigns/12/review" → "/campaigns/#/review"), without the query. */
    static String kind(String link) {
        return link.replaceFirst("\\?.*$", "").replaceAll("/\\d+(?=/|$)", "/#");
    }

    private static String queryKeys(String link) {
        int q = link.indexOf('?');
        if (q < 0) {
            return "";
        }
        return new java.util.TreeSet<>(java.util.Arrays.stream(link.substring(q + 1).split("&"))
                .map(p -> p.replaceFirst("=.*$", "")).toList()).toString();
    }

    private static void expectSecureHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Content-Security-Policy",
                        allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                                containsString("object-src 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pageFormsWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        String admin = fixtures.admin();
        String username = Fixtures.unique("csrf").toLowerCase();
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(admin))
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "BOARD"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(admin)).with(csrf().useInvalidToken())
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "BOARD"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(username)).isEmpty();

        String user = fixtures.board();
        mvc.perform(post("/account/password").with(fixtures.as(user))
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "Mật khẩu của kẻ gian").param("confirmPassword", "Mật khẩu của kẻ gian"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mật khẩu của kẻ gian")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void logoutWithoutTheCsrfTokenKeepsTheSession() throws Exception {
        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", user).param("password", Fixtures.PASSWORD)).andExpect(authenticated());

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        String user = fixtures.board();
        mvc.perform(post("/login").param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiWithHttpBasicNeedsNoToken() throws Exception {
        String username = Fixtures.unique("basic").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", "Mật khẩu mới 2020",
                        "roles", List.of("BOARD"))).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isCreated());
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void theApiUsedWithTheSessionNeedsTheCsrfHeader() throws Exception {
        String admin = fixtures.admin();
        String username = Fixtures.unique("session").toLowerCase();
        Map<String, Object> body = Map.of("username", username, "password", "Mật khẩu mới 2020",
                "roles", List.of("BOARD"));

        mvc.perform(json(post("/api/v1/accounts"), body).with(fixtures.as(admin)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        assertThat(accounts.findByUsername(username)).isEmpty();

        mvc.perform(json(post("/api/v1/accounts"), body).with(fixtures.as(admin)).with(csrf().asHeader()))
                .andExpect(status().isCreated());
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void theApiUsedWithARealSessionNeedsTheHeaderToo() throws Exception {
        String admin = fixtures.admin();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", admin).param("password", Fixtures.PASSWORD)).andExpect(authenticated());
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(admin));

        String username = Fixtures.unique("realsession").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", "Mật khẩu mới 2020",
                        "roles", List.of("BOARD"))).session(session))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(username)).isEmpty();
    }
}
