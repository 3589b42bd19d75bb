package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.thidua.support.Html;
import vn.thidua.support.Xlsx;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportPagesTest {

    private static final String HEADER = "unitCode,unitName,parentUnitCode,individualCode,fullName,position,email";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminSeesTheFormTheRulesAndTheTemplate() throws Exception {
        mvc.perform(get("/admin/import").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập cơ cấu tổ chức")))
                .andExpect(content().string(containsString("Tải lên tệp CSV (UTF-8) hoặc Excel (XLSX)")))
                .andExpect(content().string(containsString("tối đa 10 MB và 50.000 dòng dữ liệu")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("href=\"/admin/import/template.csv\"")))
                .andExpect(content().string(containsString("href=\"/admin/import/template.xlsx\"")))
                .andExpect(content().string(containsString("Mã đơn vị, Tên đơn vị, Mã đơn vị cấp trên")))
                .andExpect(content().string(containsString("id=\"createAccounts\" name=\"createAccounts\"")))
                .andExpect(content().string(not(containsString("id=\"importErrors\""))));
    }

    @Test
    void theTemplateIsAUtf8CsvWithAHeaderAndTwoVietnameseRows() throws Exception {
        MvcResult result = mvc.perform(get("/admin/import/template.csv").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).startsWith(HEADER + "\r\n").contains("Văn phòng Chính phủ", "Vụ Tổng hợp", "Chuyên viên");
    }

    @Test
    void staffAndUnitHeadsMayNotImport() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Hành chính");
        mvc.perform(get("/admin/import").with(fixtures.as(team.memberUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(fixtures.as(team.headUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import/template.csv").with(fixtures.as(team.memberUser())))
                .andExpect(status().isForbidden());
        String code = Fixtures.unique("X");
        mvc.perform(multipart("/admin/import").file(csv(HEADER, code + ",Vụ Không được phép,,,,,"))
                        .with(fixtures.as(team.headUser())).with(csrf().asHeader()))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void uploadingNeedsTheCsrfToken() throws Exception {
        String code = Fixtures.unique("X");
        mvc.perform(multipart("/admin/import").file(csv(HEADER, code + ",Vụ Không có mã chống giả mạo,,,,,"))
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aGoodFileShowsTheCountsAndTheSameFileAgainChangesNothing() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        MockMultipartFile file = csv(HEADER,
                p + "VQH,Vụ Quan hệ quốc tế,%sVP,%sNV01,Ngô Thị Thu Hà,Chuyên viên chính,ha.ngo@chinhphu.vn"
                        .formatted(p, p),
                p + "VP,Văn phòng Chính phủ,,,,,");

        MvcResult result = mvc.perform(upload(admin, file))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("flashSuccess",
                        "Nhập thành công: 2 đơn vị mới, 1 cá nhân mới, 0 bản ghi được cập nhật."))
                .andReturn();
        mvc.perform(get("/admin/import").with(fixtures.as(admin)).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập thành công: 2 đơn vị mới, 1 cá nhân mới")))
                .andExpect(content().string(containsString("<dd class=\"col-sm-8\" id=\"unitsCreated\">2</dd>")))
                .andExpect(content().string(containsString("<dd class=\"col-sm-8\" id=\"individualsCreated\">1</dd>")));
        assertThat(individuals.findByCode(p + "NV01").orElseThrow().getFullName()).isEqualTo("Ngô Thị Thu Hà");

        mvc.perform(upload(admin, file))
                .andExpect(flash().attribute("flashSuccess",
                        "Không có thay đổi: dữ liệu trong tệp trùng với dữ liệu hiện có."));
    }

    @Test
    void aBadFileShowsEveryBadRowAndImportsNothingAndTheAddressNeverShowsTheCsrfToken() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        MvcResult refused = mvc.perform(upload(admin, csv(HEADER,
                                p + "VP,Văn phòng Chính phủ,,,,,",
                                p + "VTH,Vụ Tổng hợp,%sVP,%sNV01,Đinh Công Minh,Chuyên viên,minh.dinh(at)chinhphu.vn"
                                        .formatted(p, p),
                                p + "VPL,Vụ Pháp luật,%sVCN,,,,".formatted(p))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import"))
                .andReturn();
        mvc.perform(get("/admin/import").with(fixtures.as(admin)).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Tệp có 2 lỗi; không dữ liệu nào được nhập. Hãy sửa các dòng dưới đây rồi tải lên lại.")))
                .andExpect(content().string(containsString("id=\"importErrors\"")))
                .andExpect(content().string(containsString("data-row=\"3\"")))
                .andExpect(content().string(containsString("<code>email</code>")))
                .andExpect(content().string(containsString("không phải địa chỉ thư điện tử hợp lệ")))
                .andExpect(content().string(containsString("data-row=\"4\"")))
                .andExpect(content().string(containsString("<code>parentUnitCode</code>")))
                .andExpect(content().string(containsString(
                        "không có đơn vị mã &quot;%sVCN&quot; trong tệp cũng như trong hệ thống".formatted(p))));
        assertThat(units.findByCode(p + "VP")).isEmpty();
        assertThat(individuals.findByCode(p + "NV01")).isEmpty();
    }

    @Test
    void aFileWithVeryManyBadRowsShowsTheFirst500AndSaysHowManyThereAre() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 501; i++) {
            rows.append(p).append("VX,Vụ X,,").append(p).append("NV").append(i).append(",Lê Văn An,,sai-thu\n");
        }
        MvcResult refused = mvc.perform(upload(admin, new MockMultipartFile("file", "nhieu-loi.csv", "text/csv",
                        rows.toString().getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl("/admin/import")).andReturn();
        String page = mvc.perform(get("/admin/import").with(fixtures.as(admin)).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.text(page, "importFailed")).startsWith("Tệp có 501 lỗi;");
        assertThat(Html.text(page, "importErrorsMore")).isEqualTo(
                "Chỉ hiển thị 500 lỗi đầu tiên trong tổng số 501 lỗi; hãy sửa rồi tải lên lại để xem các lỗi còn lại.");
        assertThat(page.split("class=\"import-error\"", -1)).hasSize(501);
        assertThat(page).contains("data-row=\"501\"").doesNotContain("data-row=\"502\"");
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithAMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        mvc.perform(upload(fixtures.admin(), new MockMultipartFile("file", "anh.csv", "text/csv", png)))
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("flashError", "Tệp tải lên là tệp PNG, không phải CSV hay Excel XLSX."));
    }

    @Test
    void theXlsxTemplateHasTheVietnameseHeadersAndExampleRows() throws Exception {
        MvcResult result = mvc.perform(get("/admin/import/template.xlsx").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("mau-nhap-co-cau-to-chuc.xlsx")))
                .andReturn();
        List<List<String>> rows = Xlsx.rows(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Mã cán bộ",
                "Họ và tên", "Chức vụ", "Email", "Trưởng đơn vị");
        assertThat(rows.get(1)).containsExactly("VPCP", "Văn phòng Chính phủ", "", "NV0000", "Đào Anh Toàn",
                "Bộ trưởng, Chủ nhiệm", "toan.dao@chinhphu.vn", "x");
        assertThat(rows.get(2)).startsWith("VTH", "Vụ Tổng hợp", "VPCP", "NV0101", "Nguyễn Minh Ngọc");
        assertThat(rows).hasSize(3);
    }

    @Test
    void theClerksFileMakesAccountsWhosePasswordsDownloadOnceFromTheBrowserThatImported() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        MockHttpSession session = new MockHttpSession();
        MockMultipartFile file = new MockMultipartFile("file", "danh-sach.csv", "text/csv", ("""
                DANH SÁCH CÁN BỘ;;;;;;;
                STT;Mã đơn vị;Tên đơn vị;Mã cán bộ;Họ và tên;Chức vụ;Email;Trưởng đơn vị
                1;%1$sVKT;Vụ Kinh tế;%1$sNV01;Phạm Thu Trang;Vụ trưởng;trang.pham@chinhphu.vn;x
                2;%1$sVKT;Vụ Kinh tế;%1$sNV02;Hoàng Văn Đức;Chuyên viên;;
                """.formatted(p)).getBytes(StandardCharsets.UTF_8));
        MvcResult imported = mvc.perform(upload(admin, session, file).param("createAccounts", "true"))
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("flashSuccess",
                        "Nhập thành công: 1 đơn vị mới, 2 cá nhân mới, 0 bản ghi được cập nhật."))
                .andReturn();
        Cookie key = keyCookie(imported);
        assertThat(key.isHttpOnly()).isTrue();
        assertThat(key.getPath()).startsWith("/admin/initial-passwords/");
        String download = key.getPath();
        assertThat(imported.getResponse().getHeaders("Set-Cookie")).anyMatch(h -> h.startsWith("initial-passwords-")
                && h.contains("SameSite=Strict") && h.contains("HttpOnly"));

        String page = mvc.perform(get("/admin/import").session(session).with(fixtures.as(admin))
                        .flashAttrs(imported.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(page, "ignoredColumns")).isEqualTo("Các cột được bỏ qua (không phải cột nhập dữ liệu): STT.");
        assertThat(Html.text(page, "accountsCreated")).isEqualTo("Đã tạo 2 tài khoản mới với mật khẩu ban đầu.");
        assertThat(Html.attribute(page, "downloadInitialPasswords", "href")).isEqualTo(download);
        assertThat(page).doesNotContain(key.getValue());

        // the accounts: username = code, STAFF (+ UNIT_HEAD for the head), to change at first sign-in
        Long headId = individuals.findByCode(p + "NV01").orElseThrow().getId();
        assertThat(units.findByCode(p + "VKT").orElseThrow().getHeadIndividualId()).isEqualTo(headId);
        assertThat(jdbc.sql("""
                        select a.username || ':' || a.must_change_password || ':'
                               || string_agg(r.role, '+' order by r.role)
                        from account a join account_role r on r.account_id = a.id
                        where a.username in (?, ?) group by a.id order by a.username""")
                .param(p + "NV01").param(p + "NV02").query(String.class).list())
                .containsExactly(p + "NV01:true:STAFF+UNIT_HEAD", p + "NV02:true:STAFF");

        // another browser (no key) gets nothing, and does not use the list up
        mvc.perform(get(download).with(fixtures.as(admin)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("chỉ tải được một lần")));

        MvcResult first = mvc.perform(get(download).cookie(key).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();
        List<List<String>> rows = Xlsx.rows(first.getResponse().getContentAsByteArray());
        assertThat(rows.get(3)).containsExactly("STT", "Tên đăng nhập", "Mã cán bộ", "Họ và tên", "Vai trò",
                "Mật khẩu ban đầu");
        assertThat(rows.get(4).subList(0, 5)).containsExactly("1", p + "NV01", p + "NV01", "Phạm Thu Trang",
                "Thủ trưởng đơn vị, Cán bộ, công chức");
        assertThat(rows.get(5).subList(0, 5)).containsExactly("2", p + "NV02", p + "NV02", "Hoàng Văn Đức",
                "Cán bộ, công chức");
        assertThat(rows.get(4).get(5)).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
        assertThat(rows.get(4).get(5)).isNotEqualTo(rows.get(5).get(5));
        assertThat(rows).hasSize(6);
        assertThat(first.getResponse().getHeaders("Set-Cookie")).anyMatch(h -> h.startsWith(key.getName() + "=;")
                && h.contains("Max-Age=0"));

        // the hash is stored, never the password
        String hash = jdbc.sql("select password_hash from account where username = ?").param(p + "NV01")
                .query(String.class).single();
        assertThat(hash).startsWith("{pbkdf2-initial}").doesNotContain(rows.get(4).get(5));

        // once: the same browser, the same key, a second time
        mvc.perform(get(download).cookie(key).with(fixtures.as(admin)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Không thể hiển thị lại danh sách mật khẩu")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'INITIAL_PASSWORDS' and action = 'DOWNLOADED'"
                        + " and new_value::text like ?").param("%" + download.substring(download.lastIndexOf('/') + 1) + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aListIsOnlyForTheAdminWhoMadeIt() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        MvcResult imported = mvc.perform(upload(admin, new MockHttpSession(), csv(HEADER,
                        p + "VX,Vụ X,," + p + "NV01,Lê Văn An,,")).param("createAccounts", "true"))
                .andExpect(redirectedUrl("/admin/import")).andReturn();
        Cookie key = keyCookie(imported);
        mvc.perform(get(key.getPath()).cookie(key).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isGone());
        mvc.perform(get(key.getPath()).cookie(key).with(fixtures.as(admin))).andExpect(status().isOk());
    }

    @Test
    void withoutTheBoxTickedNoAccountIsMade() throws Exception {
        String p = Fixtures.unique("");
        MvcResult imported = mvc.perform(upload(fixtures.admin(), csv(HEADER, p + "VX,Vụ X,," + p + "NV01,Lê Văn An,,")))
                .andExpect(redirectedUrl("/admin/import")).andReturn();
        assertThat(imported.getResponse().getCookies()).noneMatch(c -> c.getName().startsWith("initial-passwords-"));
        assertThat(imported.getFlashMap().get("newAccounts")).isNull();
        assertThat(jdbc.sql("select count(*) from account where username = ?").param(p + "NV01")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileOverTenMegabytesGetsTheTooLargePage() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        mvc.perform(upload(fixtures.admin(), new MockMultipartFile("file", "lon.xlsx", "text/csv", big)))
                .andExpect(status().is(413))
                .andExpect(content().string(containsString("Tệp tải lên vượt quá dung lượng cho phép (10 MB).")));
    }

    /**
     * Uploads as the page does: the form's action carries the CSRF token in its query string (so
     * that a too-large upload is not parsed by the security filters).
     */
    private MockMultipartHttpServletRequestBuilder upload(String user, MockMultipartFile file) throws Exception {
        return upload(user, new MockHttpSession(), file);
    }

    private MockMultipartHttpServletRequestBuilder upload(String user, MockHttpSession session,
                                                          MockMultipartFile file) throws Exception {
        String page = mvc.perform(get("/admin/import").session(session).with(fixtures.as(user)))
                .andReturn().getResponse().getContentAsString();
        Matcher action = Pattern.compile("id=\"importForm\"\\s+action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).as("the upload form's action").isTrue();
        assertThat(action.group(1)).startsWith("/admin/import?_csrf=");
        return (MockMultipartHttpServletRequestBuilder) multipart(action.group(1).replace("&amp;", "&")).file(file)
                .session(session).with(fixtures.as(user));
    }

    private static Cookie keyCookie(MvcResult result) {
        return java.util.Arrays.stream(result.getResponse().getCookies())
                .filter(c -> c.getName().startsWith("initial-passwords-")).findFirst().orElseThrow();
    }

    private static MockMultipartFile csv(String... lines) {
        return new MockMultipartFile("file", "to-chuc.csv", "text/csv",
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
