package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void theLoginPageIsVietnameseAndSaysWhenThePasswordIsWrong() {
        String user = fixtures.account(null, Role.ADMIN);

        open("/");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(text("h1")).isEqualTo("Đăng nhập");
        screenshot("login-page");

        signIn(user, "sai mật khẩu");
        assertThat(text("#loginError")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(find("#username").getDomProperty("value")).as("only the password is retyped").isEqualTo(user);
        assertThat(find("#password").getDomProperty("value")).isEmpty();
        screenshot("wrong-password");

        signIn(user, Fixtures.PASSWORD);
        find("#userMenu");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        screenshot("signed-in");

        signOut();
        assertThat(text("[role=status]")).isEqualTo("Bạn đã đăng xuất.");
    }

    @Test
    void thePagesSwitchToEnglish() {
        open("/login?lang=en");
        assertThat(text("h1")).isEqualTo("Sign in");
        open("/login");
        assertThat(text("h1")).as("the choice is remembered").isEqualTo("Sign in");
        open("/login?lang=vi");
        assertThat(text("h1")).isEqualTo("Đăng nhập");
    }
}
