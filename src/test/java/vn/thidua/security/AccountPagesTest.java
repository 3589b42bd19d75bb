package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsThePersonTheRolesTheStatusAndTheLock() throws Exception {
        Unit unit = fixtures.unit("Vụ Tổ chức cán bộ");
        Individual person = fixtures.individual(unit.getId(), "Nguyễn Thị Hồng Nhung");
        String prefix = Fixtures.unique("list").toLowerCase();
        String staff = prefix + ".nhung";
        String board = prefix + ".hoidong";
        fixtures.account(null, Role.ADMIN);
        save(staff, EnumSet.of(Role.STAFF), person.getId());
        save(board, EnumSet.of(Role.BOARD), null);
        // locked until 20:30 UTC on 31/12/2099, which Hà Nội (UTC+7) reads as 03:30 on 01/01/2100
        Instant lockedUntil = Instant.parse("2099-12-31T20:30:00Z");
        jdbc.sql("update account set enabled = false where lower(username) = ?").param(board).update();
        jdbc.sql("insert into login_throttle (username, client, failures, locked_until) values (?, '*', 50, ?)")
                .param(board).param(java.sql.Timestamp.from(lockedUntil)).update();

        String html = mvc.perform(get("/admin/accounts").param("q", prefix).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh sách tài khoản")))
                .andExpect(content().string(containsString(staff)))
                .andExpect(content().string(containsString("Nguyễn Thị Hồng Nhung (" + person.getCode() + ")")))
                .andExpect(content().string(containsString("Cán bộ, công chức")))
                .andExpect(content().string(containsString("Hội đồng Thi đua – Khen thưởng")))
                .andExpect(content().string(containsString("Đã vô hiệu hóa")))
                .andExpect(content().string(containsString("Tạm khóa đến 03:30 01/01/2100")))
                .andExpect(content().string(containsString("Tổng số: 2")))
                .andReturn().getResponse().getContentAsString();
        // in the locked account's own row, and only there
        String lockedRow = row(html, accounts.findByUsername(board).orElseThrow().getId());
        assertThat(lockedText(lockedRow)).isEqualTo("Tạm khóa đến 03:30 01/01/2100");
        assertThat(row(html, accounts.findByUsername(staff).orElseThrow().getId())).doesNotContain("account-locked");
    }

    /** The table row of this account in the list. */
    private static String row(String html, Long accountId) {
        int from = html.indexOf("id=\"account-" + accountId + "\"");
        assertThat(from).as("row of account %s", accountId).isNotNegative();
        return html.substring(from, html.indexOf("</tr>", from));
    }

    /** The lock badge of a row. */
    private static String lockedText(String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"badge text-bg-warning account-locked\"[^>]*>([^<]*)<")
                .matcher(row);
        assertThat(m.find()).as("a lock badge in %s", row).isTrue();
        return m.group(1).strip();
    }

    @Test
    void theSearchIsByUsernameAndCaseInsensitive() throws Exception {
        String prefix = Fixtures.unique("find").toLowerCase();
        save(prefix + ".an", EnumSet.of(Role.BOARD), null);
        save(Fixtures.unique("other").toLowerCase(), EnumSet.of(Role.BOARD), null);

        mvc.perform(get("/admin/accounts").param("q", prefix.toUpperCase()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + ".an")))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/admin/accounts").param("q", "không-có-ai-" + prefix).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có dữ liệu.")));
    }

    @Test
    void theListIsPaginatedKeepingTheSearch() throws Exception {
        String prefix = Fixtures.unique("page").toLowerCase();
        for (int i = 1; i <= 51; i++) {
            save(prefix + "." + String.format("%02d", i), EnumSet.of(Role.BOARD), null);
        }
        String admin = fixtures.admin();
        mvc.perform(get("/admin/accounts").param("q", prefix).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trang 1/2")))
                .andExpect(content().string(containsString(prefix + ".50")))
                .andExpect(content().string(not(containsString(prefix + ".51"))))
                .andExpect(content().string(containsString("/admin/accounts?q=" + prefix + "&amp;page=1")));
        mvc.perform(get("/admin/accounts").param("q", prefix).param("page", "1").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trang 2/2")))
                .andExpect(content().string(containsString(prefix + ".51")))
                .andExpect(content().string(not(containsString(prefix + ".50<"))));

        // row by row: page 1 holds exactly .01 to .50 in username order, page 2 exactly .51
        java.util.List<String> firstFifty = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            firstFifty.add("account-" + id(prefix + "." + String.format("%02d", i)));
        }
        String first = mvc.perform(get("/admin/accounts").param("q", prefix).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.ids(Html.element(first, "accountTable"), "account-")).containsExactlyElementsOf(firstFifty);
        assertThat(Html.cells(Html.element(first, firstFifty.get(49))).get(0)).isEqualTo(prefix + ".50");
        assertThat(Html.text(first, "accountTotal")).isEqualTo("Tổng số: 51");
        assertThat(Html.attribute(first, "pageNext", "href")).isEqualTo("/admin/accounts?q=" + prefix + "&page=1");
        String second = mvc.perform(get("/admin/accounts").param("q", prefix).param("page", "1").with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString();
        String last = "account-" + id(prefix + ".51");
        assertThat(Html.ids(Html.element(second, "accountTable"), "account-")).containsExactly(last);
        assertThat(Html.cells(Html.element(second, last)).get(0)).isEqualTo(prefix + ".51");
        assertThat(Html.attribute(second, "pagePrevious", "href")).isEqualTo("/admin/accounts?q=" + prefix + "&page=0");
    }

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }

    @Test
    void theListIsInEnglishWhenAskedFor() throws Exception {
        mvc.perform(get("/admin/accounts").param("lang", "en").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Search by username")))
                .andExpect(content().string(containsString("Emulation administrator")));
    }

    @Test
    void onlyTheAdministratorOpensTheAccountPages() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Hành chính");
        Account someone = accounts.findByUsername(team.memberUser()).orElseThrow();
        for (String user : new String[] {team.memberUser(), team.headUser(), fixtures.board()}) {
            mvc.perform(get("/admin/accounts").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/new").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/{id}/edit", someone.getId()).with(fixtures.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/{id}/unlock", someone.getId()).with(fixtures.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theNewFormShowsTheRolesAndThePasswordRule() throws Exception {
        mvc.perform(get("/admin/accounts/new").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm tài khoản")))
                .andExpect(content().string(containsString("Từ 8 đến 128 ký tự")))
                .andExpect(content().string(containsString("value=\"UNIT_HEAD\"")))
                .andExpect(content().string(containsString("Thủ trưởng đơn vị")))
                .andExpect(content().string(containsString("Quản trị thi đua")));
    }

    @Test
    void anAccountIsCreatedForThePersonWithThatEmployeeCode() throws Exception {
        Unit unit = fixtures.unit("Vụ Kinh tế ngành");
        Individual person = fixtures.individual(unit.getId(), "Trần Văn Bình");
        String username = Fixtures.unique("binh").toLowerCase();

        mvc.perform(post("/admin/accounts/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "STAFF").param("_roles", "on")
                        .param("individualCode", " " + person.getCode().toLowerCase() + " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashSuccess", "Đã tạo tài khoản " + username + "."));

        Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getIndividualId()).isEqualTo(person.getId());
        assertThat(account.getRoles()).containsExactly(Role.STAFF);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Mật khẩu mới 2020")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownEmployeeCodeIsAnErrorNextToTheField() throws Exception {
        String username = Fixtures.unique("nocode").toLowerCase();
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "STAFF").param("_roles", "on").param("individualCode", "KHONG-CO-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"individualCodeError\""),
                        containsString("không có cá nhân nào có mã cán bộ KHONG-CO-123"))));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void theServiceRulesAreShownNextToTheirFields() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("username", "Nguyễn An").param("password", "ngắn")
                        .param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"usernameError\"")))
                .andExpect(content().string(containsString("tên đăng nhập dài 3–64 ký tự")))
                .andExpect(content().string(containsString("id=\"passwordError\"")))
                .andExpect(content().string(containsString("mật khẩu phải dài từ 8 đến 128 ký tự")))
                .andExpect(content().string(containsString("id=\"rolesError\"")))
                .andExpect(content().string(containsString("cần chọn ít nhất một vai trò")))
                .andExpect(content().string(not(containsString("value=\"ngắn\""))));
        assertThat(accounts.findByUsername("Nguyễn An")).isEmpty();

        String username = Fixtures.unique("staff").toLowerCase();
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "STAFF").param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"individualCodeError\"")))
                .andExpect(content().string(containsString(
                        "vai trò Cán bộ, công chức hoặc Thủ trưởng đơn vị cần gắn với một cá nhân")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aDuplicateUsernameIsShownAboveTheForm() throws Exception {
        String existing = fixtures.board();
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("username", existing.toUpperCase()).param("password", "Mật khẩu mới 2020")
                        .param("roles", "BOARD").param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formErrors\"")))
                .andExpect(content().string(containsString(
                        "Tên đăng nhập &quot;" + existing.toUpperCase() + "&quot; đã tồn tại.")));
        assertThat(accounts.findAll().stream().filter(a -> a.getUsername().equalsIgnoreCase(existing))).hasSize(1);
    }

    @Test
    void theEditFormChangesRolesPersonAndEnabled() throws Exception {
        Unit unit = fixtures.unit("Vụ Quan hệ quốc tế");
        Individual person = fixtures.individual(unit.getId(), "Lê Thị Thu Hà");
        String username = fixtures.board();
        Account account = accounts.findByUsername(username).orElseThrow();

        mvc.perform(get("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa tài khoản " + username)))
                .andExpect(content().string(containsString("Đặt lại mật khẩu")))
                .andExpect(content().string(not(containsString("id=\"unlockButton\""))));

        mvc.perform(post("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("roles", "BOARD", "STAFF").param("_roles", "on")
                        .param("individualCode", person.getCode()).param("_enabled", "on")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashSuccess", "Đã cập nhật tài khoản " + username + "."));

        Account saved = accounts.findById(account.getId()).orElseThrow();
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.BOARD, Role.STAFF);
        assertThat(saved.getIndividualId()).isEqualTo(person.getId());
        assertThat(saved.isEnabled()).isFalse();

        mvc.perform(get("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + person.getCode() + "\"")))
                .andExpect(content().string(containsString("Đang gắn với: Lê Thị Thu Hà")));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheCurrentValues() throws Exception {
        String username = fixtures.board();
        Account account = accounts.findByUsername(username).orElseThrow();
        String admin = fixtures.admin();
        mvc.perform(post("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("roles", "BOARD", "ADMIN").param("_roles", "on").param("enabled", "true")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("roles", "BOARD").param("_roles", "on").param("_enabled", "on")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")))
                .andExpect(content().string(matchesRegex("(?s).*value=\"ADMIN\"[^>]*checked=\"checked\".*")));
        Account saved = accounts.findById(account.getId()).orElseThrow();
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.BOARD, Role.ADMIN);
        assertThat(saved.isEnabled()).isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemselfOnThePage() throws Exception {
        String admin = fixtures.admin();
        Account me = accounts.findByUsername(admin).orElseThrow();
        mvc.perform(post("/admin/accounts/{id}/edit", me.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("roles", "ADMIN").param("_roles", "on").param("_enabled", "on")
                        .param("version", String.valueOf(me.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formErrors\"")))
                .andExpect(content().string(containsString(
                        "Bạn không thể tự vô hiệu hóa hoặc bỏ vai trò quản trị của chính mình.")));
        assertThat(accounts.findById(me.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void theOfficeResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
        String username = fixtures.board();
        Account account = accounts.findByUsername(username).orElseThrow();
        String newPassword = "Thi đua yêu nước 2020";

        mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(fixtures.as(fixtures.admin()))
                        .with(csrf()).param("password", "1234567"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"passwordError\"")))
                .andExpect(content().string(containsString("mật khẩu phải dài từ 8 đến 128 ký tự")));
        mvc.perform(get("/api/v1/me").with(fixtures.basic(username))).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/{id}/password", account.getId()).with(fixtures.as(fixtures.admin()))
                        .with(csrf()).param("password", newPassword))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId() + "/edit"))
                .andExpect(flash().attribute("flashSuccess", "Đã đặt lại mật khẩu cho " + username + "."));

        mvc.perform(get("/api/v1/me").with(fixtures.basic(username))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, newPassword))).andExpect(status().isOk());
    }

    @Test
    void theUnlockButtonLiftsTheLock() throws Exception {
        String username = fixtures.board();
        Account account = accounts.findByUsername(username).orElseThrow();
        // 03:15 UTC on 01/12/2099 is 10:15 the same day in Hà Nội (UTC+7)
        Instant lockedUntil = Instant.parse("2099-12-01T03:15:00Z");
        jdbc.sql("insert into login_throttle (username, client, failures, locked_until) values (?, '127.0.0.1', 5, ?)")
                .param(username).param(java.sql.Timestamp.from(lockedUntil)).update();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(username))).andExpect(status().isUnauthorized());

        String html = mvc.perform(get("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạm khóa đến 10:15 01/12/2099")))
                .andExpect(content().string(containsString("id=\"unlockButton\"")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher notice = java.util.regex.Pattern
                .compile("id=\"lockedNotice\">\\s*<span>([^<]*)</span>").matcher(html);
        assertThat(notice.find()).as("the lock notice").isTrue();
        assertThat(notice.group(1)).isEqualTo("Tạm khóa đến 10:15 01/12/2099");

        mvc.perform(post("/admin/accounts/{id}/unlock", account.getId()).with(fixtures.as(fixtures.admin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId() + "/edit"))
                .andExpect(flash().attribute("flashSuccess", "Đã mở khóa tài khoản " + username + "."));

        assertThat(jdbc.sql("select count(*) from login_throttle where username = ?").param(username)
                .query(Long.class).single()).as("locks and failures of the username").isZero();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(username))).andExpect(status().isOk());
    }

    @Test
    void anUnknownAccountIsA404Page() throws Exception {
        mvc.perform(get("/admin/accounts/{id}/edit", 987654321L).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    private void save(String username, EnumSet<Role> roles, Long individualId) {
        accounts.saveAndFlush(new Account(username, "{noop}x", roles, individualId));
    }
}
