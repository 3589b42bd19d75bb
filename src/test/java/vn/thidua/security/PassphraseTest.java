package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.security.AccountApiTest.json;

/** Passwords are 8–128 characters of any script; long Vietnamese passphrases must work end to end. */
@IntegrationTest
class PassphraseTest {

    /** 67 characters, 94 bytes in UTF-8: longer than BCrypt's 72-byte limit. */
    static final String PASSPHRASE = "Đẩy nhanh tiến độ, bảo đảm chất lượng, kịp thời, hiệu quả năm 2020!";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    /**
     * The seed theme as a real passphrase: set on the own-password page, then typed into the sign-in
     * form. The user is signed in and sees their name; the same passphrase with only its last
     * character changed (past BCrypt's 72 bytes), or cut at 72 bytes, is told it is wrong.
     */
    @Test
    void theSeedThemeIsALongPassphraseThatSignsInThroughTheForms() throws Exception {
        assertThat(PASSPHRASE.codePointCount(0, PASSPHRASE.length())).isGreaterThanOrEqualTo(64);
        assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", PASSPHRASE).param("confirmPassword", PASSPHRASE))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("flashSuccess", "Đã đổi mật khẩu."));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        // typed into the sign-in form: signed in, the user menu shows who
        MockHttpSession signedIn = new MockHttpSession();
        mvc.perform(post("/login").session(signedIn).with(csrf()).param("username", user).param("password", PASSPHRASE))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
        mvc.perform(get("/").session(signedIn)).andExpect(redirectedUrl("/campaigns"));
        String home = mvc.perform(get("/campaigns").session(signedIn)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.text(home, "userMenu")).isEqualTo(user);

        // nearly the passphrase: the form says it is wrong and nobody is signed in
        String lastCharacterChanged = PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "?";
        byte[] bytes = PASSPHRASE.getBytes(StandardCharsets.UTF_8);
        String first72Bytes = new String(bytes, 0, 72, StandardCharsets.UTF_8).replace("\uFFFD", "");
        for (String wrong : List.of(lastCharacterChanged, first72Bytes)) {
            MockHttpSession refused = new MockHttpSession();
            mvc.perform(post("/login").session(refused).with(csrf()).param("username", user).param("password", wrong))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
            mvc.perform(get("/login").param("error", "").session(refused))
                    .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")));
            mvc.perform(get("/").session(refused)).andExpect(redirectedUrl("/login"));
        }
        // the old password is gone
        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aLongVietnamesePassphraseIsSetThroughTheApiAndSignsIn() throws Exception {
        String username = Fixtures.unique("passphrase").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", PASSPHRASE,
                                "roles", List.of("BOARD")))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSPHRASE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        // every character counts, also after the 72nd byte
        String lastCharacterChanged = PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "?";
        mvc.perform(get("/api/v1/me").with(httpBasic(username, lastCharacterChanged)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSPHRASE))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void thePassphraseWorksWhateverTheKeyboardsUnicodeForm() throws Exception {
        String username = Fixtures.unique("nfd").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", PASSPHRASE,
                                "roles", List.of("BOARD")))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isCreated());
        // "Unicode tổ hợp" keyboards send the same letters as base letter + combining marks
        String decomposed = Normalizer.normalize(PASSPHRASE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(PASSPHRASE);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, decomposed)))
                .andExpect(status().isOk());
    }

    @Test
    void sevenAndOneHundredTwentyNineCharactersAreRefusedNamingThePassword() throws Exception {
        String admin = fixtures.admin();
        String tooLong = "ơ".repeat(129);
        for (String password : List.of("Mậtkhẩ7", tooLong)) {
            String username = Fixtures.unique("length").toLowerCase();
            mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", password,
                                    "roles", List.of("BOARD")))
                            .with(fixtures.basic(admin)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("password"))
                    .andExpect(jsonPath("$.errors[0].message").value("mật khẩu phải dài từ 8 đến 128 ký tự"));
            assertThat(accounts.findByUsername(username)).isEmpty();
        }
        // the limits themselves are allowed: 8 and 128 characters
        for (String password : List.of("Mậtkhẩu8", "ơ".repeat(128))) {
            mvc.perform(json(post("/api/v1/accounts"), Map.of("username", Fixtures.unique("ok").toLowerCase(),
                                    "password", password, "roles", List.of("BOARD")))
                            .with(fixtures.basic(admin)))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void ownPasswordPageAcceptsAVietnamesePassphrase() throws Exception {
        String user = fixtures.board();
        mvc.perform(get("/account/password").with(fixtures.as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại")))
                .andExpect(content().string(containsString("Nhập lại mật khẩu mới")));

        mvc.perform(post("/account/password").with(fixtures.as(user)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", PASSPHRASE).param("confirmPassword", PASSPHRASE))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("flashSuccess", "Đã đổi mật khẩu."));

        mvc.perform(get("/api/v1/me").with(httpBasic(user, PASSPHRASE))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongCurrentPasswordIsShownNextToItsFieldAndChangesNothing() throws Exception {
        String user = fixtures.board();
        mvc.perform(post("/account/password").with(fixtures.as(user)).with(csrf())
                        .param("currentPassword", "không phải mật khẩu")
                        .param("newPassword", PASSPHRASE).param("confirmPassword", PASSPHRASE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPasswordError\"")))
                .andExpect(content().string(containsString("mật khẩu hiện tại không đúng")))
                .andExpect(content().string(not(containsString(PASSPHRASE))));
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user, PASSPHRASE))).andExpect(status().isUnauthorized());
    }

    @Test
    void aShortNewPasswordOrAMismatchIsShownNextToItsField() throws Exception {
        String user = fixtures.board();
        mvc.perform(post("/account/password").with(fixtures.as(user)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "ngắn").param("confirmPassword", "ngắn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPasswordError\"")))
                .andExpect(content().string(containsString("mật khẩu phải dài từ 8 đến 128 ký tự")));

        mvc.perform(post("/account/password").with(fixtures.as(user)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", PASSPHRASE).param("confirmPassword", PASSPHRASE + " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirmPasswordError\"")))
                .andExpect(content().string(containsString("mật khẩu nhập lại không khớp")));
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
    }

    @Test
    void theOwnPasswordPageIsInEnglishWhenAskedFor() throws Exception {
        mvc.perform(get("/account/password").param("lang", "en").with(fixtures.as(fixtures.board())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Current password")))
                .andExpect(content().string(containsString("8 to 128 characters of any script")));
    }
}
