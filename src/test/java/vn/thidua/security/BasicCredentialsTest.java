package vn.thidua.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP Basic is for API clients. A browser is never asked for Basic credentials (so it never
 * remembers any that another site's form could borrow), and a request that carries a session cookie
 * and Basic credentials at once is refused.
 */
@IntegrationTest
class BasicCredentialsTest {

    private static final String BASIC_CHALLENGE = "Basic realm=\"thidua\", charset=\"UTF-8\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Test
    void anApiClientWithoutCredentialsIsChallengedForBasic() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/me"),
                get("/api/v1/me").header("Accept", "application/json"),
                get("/api/v1/me").with(httpBasic(fixtures.board(), "sai mật khẩu")))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", BASIC_CHALLENGE))
                    .andExpect(header().doesNotExist("Location"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aBrowserIsNeverPromptedForBasic() throws Exception {
        String user = fixtures.board();
        List<MockHttpServletRequestBuilder> browserRequests = List.of(
                get("/api/v1/me").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
                get("/api/v1/me").header("Sec-Fetch-Mode", "navigate"),
                get("/api/v1/me").header("Sec-Fetch-Mode", "cors").header("Accept", "*/*"),
                get("/api/v1/me").cookie(new Cookie("SESSION", "c3RhbGU")),
                get("/api/v1/me").header("Accept", "text/html").with(httpBasic(user, "sai mật khẩu")),
                post("/api/v1/imports/organisation").header("Sec-Fetch-Mode", "navigate")
                        .header("Sec-Fetch-Site", "cross-site"));
        for (MockHttpServletRequestBuilder request : browserRequests) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().doesNotExist("WWW-Authenticate"))
                    .andExpect(header().doesNotExist("Location"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void aSessionTogetherWithBasicCredentialsIsRefusedEvenWithAWrongPassword() throws Exception {
        String user = fixtures.board();
        MockHttpSession session = signIn(user);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").session(session).with(httpBasic(user, "sai mật khẩu")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail").value(
                        "Yêu cầu mang cả phiên làm việc lẫn thông tin đăng nhập HTTP Basic; hãy dùng một trong hai."));
        mvc.perform(get("/api/v1/me").session(session).with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").session(session).with(fixtures.basic(user)).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(
                        "The request carries both a session and HTTP Basic credentials; use one or the other."));
        // the session itself goes on
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
    }

    @Test
    void anImportPostedWithRememberedBasicCredentialsAndASessionCookieImportsNothing() throws Exception {
        String admin = fixtures.admin();
        MockHttpSession session = signIn(admin);
        String code = Fixtures.unique("X");
        MockMultipartFile file = new MockMultipartFile("file", "to-chuc.csv", "text/csv",
                ("unitCode,unitName,parentUnitCode,individualCode,fullName,position,email\n" + code + ",Vụ Kẻ Gian,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports/organisation").file(file).session(session).with(fixtures.basic(admin))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isUnauthorized());
        assertThat(units.findByCode(code)).isEmpty();
        // the same file with Basic alone, as an API client sends it, is imported
        mvc.perform(multipart("/api/v1/imports/organisation").file(file).with(fixtures.basic(admin)))
                .andExpect(status().isOk());
        assertThat(units.findByCode(code)).isPresent();
    }

    @Test
    void basicCredentialsABrowserSendsForAnotherSiteAreRefused() throws Exception {
        String admin = fixtures.admin();
        for (String site : List.of("cross-site", "same-site")) {
            mvc.perform(get("/api/v1/me").with(fixtures.basic(admin)).header("Sec-Fetch-Site", site))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().doesNotExist("WWW-Authenticate"))
                    .andExpect(jsonPath("$.detail").value(
                            "Không nhận thông tin đăng nhập HTTP Basic do trình duyệt gửi thay cho một trang web khác."));
        }
        // the API's own page (Swagger UI) calls it from the same origin
        mvc.perform(get("/api/v1/me").with(fixtures.basic(admin)).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isOk());
    }

    @Test
    void basicAloneStillWorksForApiClients() throws Exception {
        String user = fixtures.board();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)).header("Accept", "application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user));
    }

    private MockHttpSession signIn(String user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", user).param("password", Fixtures.PASSWORD)).andExpect(authenticated());
        return session;
    }
}
