package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IndividualPagesTest {

    private static final Pattern ROW_NAME = Pattern.compile("<td class=\"person-name\">([^<]*)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationTestData data;

    @Autowired
    IndividualRepository individuals;

    // --- the list ------------------------------------------------------------------------------

    @Test
    void theUnitFilterIncludesSubUnitsAndTheStatusFilterHidesOrShowsFormerStaff() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Lọc danh sách (thử)");
        Unit subUnit = fixtures.unit("Phòng Lọc con (thử)", unit.getId());
        Unit other = fixtures.unit("Vụ Khác hẳn (thử)");
        fixtures.individual(unit.getId(), "Nguyễn Văn An");
        fixtures.individual(subUnit.getId(), "Trần Thị Bình");
        data.deactivate(fixtures.individual(unit.getId(), "Phạm Văn Cường"));
        fixtures.individual(other.getId(), "Lương Thế Vinh");

        String page = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số: 2")))
                .andExpect(content().string(containsString("Phòng Lọc con (thử)")))
                .andExpect(content().string(containsString(
                        "value=\"" + unit.getId() + "\" selected=\"selected\""))));
        assertThat(names(page)).containsExactly("Nguyễn Văn An", "Trần Thị Bình");

        String all = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .param("status", "all").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Tổng số: 3"))));
        assertThat(names(all)).containsExactly("Nguyễn Văn An", "Phạm Văn Cường", "Trần Thị Bình");
        assertThat(all).contains("Ngừng công tác");

        String inactive = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                .param("status", "inactive").with(fixtures.as(admin))));
        assertThat(names(inactive)).containsExactly("Phạm Văn Cường");
    }

    @Test
    void theSearchFindsNamesWithoutDiacriticsAndCodes() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Tìm trên trang (thử)");
        Individual an = fixtures.individual(unit.getId(), "Nguyễn Văn An");
        fixtures.individual(unit.getId(), "Nguyễn Thị Bích");
        fixtures.individual(unit.getId(), "Đinh Tiên Hoàng");

        String page = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .param("q", "nguyen van an").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"nguyen van an\""))));
        assertThat(names(page)).containsExactly("Nguyễn Văn An");

        assertThat(names(body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                .param("q", "dinh tien").with(fixtures.as(admin)))))).containsExactly("Đinh Tiên Hoàng");

        assertThat(names(body(mvc.perform(get("/admin/individuals").param("q", an.getCode().toLowerCase())
                .with(fixtures.as(admin)))))).containsExactly("Nguyễn Văn An");
    }

    @Test
    void theListShowsEveryColumnAndLinksToTheEditPage() throws Exception {
        Unit unit = fixtures.unit("Vụ Cột bảng (thử)");
        Individual person = data.individual(unit.getId(), "Lê Quý Đôn", "Vụ trưởng", "don.lq@vpcp.gov.vn");
        mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(content().string(containsString(">" + person.getCode() + "</code>")))
                .andExpect(content().string(containsString("Lê Quý Đôn")))
                .andExpect(content().string(containsString("Vụ trưởng")))
                .andExpect(content().string(containsString("<td class=\"person-unit\">Vụ Cột bảng (thử)</td>")))
                .andExpect(content().string(containsString("don.lq@vpcp.gov.vn")))
                .andExpect(content().string(containsString("Đang công tác")))
                .andExpect(content().string(containsString(
                        "href=\"/admin/individuals/" + person.getId() + "/edit\"")));
    }

    @Test
    void fiftyPeopleToAPageAndThePagerKeepsTheFilters() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Đông người (thử)");
        for (int i = 1; i <= 51; i++) {
            fixtures.individual(unit.getId(), String.format("Cán bộ số %02d", i));
        }

        String first = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .param("q", "can bo so").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số: 51")))
                .andExpect(content().string(containsString("Trang 1/2"))));
        assertThat(names(first)).hasSize(50).startsWith("Cán bộ số 01").endsWith("Cán bộ số 50");
        String next = "/admin/individuals?q=can%20bo%20so&unitId=" + unit.getId() + "&status=active&page=1";
        assertThat(first).contains("href=\"" + next + "\"");

        String second = body(mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString())
                        .param("q", "can bo so").param("status", "active").param("page", "1")
                        .with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Trang 2/2"))));
        assertThat(names(second)).containsExactly("Cán bộ số 51");
    }

    @Test
    void theUnitTreeLinksToTheListFilteredByThatUnitAndAddingStartsInThatUnit() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Liên kết (thử)");
        mvc.perform(get("/admin/units").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("href=\"/admin/individuals?unitId=" + unit.getId() + "\"")));
        mvc.perform(get("/admin/individuals").param("unitId", unit.getId().toString()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString(
                        "href=\"/admin/individuals/new?unitId=" + unit.getId() + "\">")));
        mvc.perform(get("/admin/individuals").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/individuals/new\">")));
    }

    // --- the form ------------------------------------------------------------------------------

    @Test
    void aPersonIsAddedWithAFlashMessage() throws Exception {
        Unit unit = fixtures.unit("Vụ Thêm người (thử)");
        String code = Fixtures.unique("new").toLowerCase();
        mvc.perform(get("/admin/individuals/new").param("unitId", unit.getId().toString())
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + unit.getId() + "\" selected=\"selected\"")))
                .andExpect(content().string(not(containsString("id=\"standing\""))));

        mvc.perform(post("/admin/individuals/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code).param("fullName", "Nguyễn Trãi").param("unitId", unit.getId().toString())
                        .param("position", "Chuyên viên cao cấp").param("email", "trai.n@vpcp.gov.vn"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/individuals"))
                .andExpect(flash().attribute("flashSuccess", "Đã thêm Nguyễn Trãi."));
        Individual saved = individuals.findByCode(code.toUpperCase()).orElseThrow();
        assertThat(saved.getFullName()).isEqualTo("Nguyễn Trãi");
        assertThat(saved.getUnitId()).isEqualTo(unit.getId());
        assertThat(saved.getEmail()).isEqualTo("trai.n@vpcp.gov.vn");
    }

    @Test
    void missingFieldsAndADuplicateCodeAreShownOnTheFormAndNothingIsSaved() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Biểu mẫu (thử)");
        Individual existing = fixtures.individual(unit.getId(), "Người có mã trước");
        String code = Fixtures.unique("MISSING");

        mvc.perform(post("/admin/individuals/new").with(fixtures.as(admin)).with(csrf())
                        .param("code", code).param("fullName", " ").param("unitId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fullNameError\">không được để trống<")))
                .andExpect(content().string(containsString("id=\"unitIdError\">không được để trống<")));
        assertThat(individuals.findByCode(code)).isEmpty();

        String page = body(mvc.perform(post("/admin/individuals/new").with(fixtures.as(admin)).with(csrf())
                        .param("code", existing.getCode()).param("fullName", "Người trùng mã")
                        .param("unitId", unit.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formErrors\""))));
        assertThat(page).contains("Mã cán bộ \"" + existing.getCode() + "\" đã tồn tại.")
                .contains("value=\"Người trùng mã\"");
        assertThat(data.reload(existing).getFullName()).isEqualTo("Người có mã trước");
    }

    @Test
    void aBadEmailIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        Unit unit = fixtures.unit("Vụ Thư điện tử (thử)");
        Individual person = fixtures.individual(unit.getId(), "Phan Bội Châu");
        mvc.perform(post("/admin/individuals/{id}/edit", person.getId()).with(fixtures.as(fixtures.admin()))
                        .with(csrf())
                        .param("code", person.getCode()).param("fullName", "Phan Bội Châu (đổi tên)")
                        .param("unitId", unit.getId().toString()).param("email", "chau.pb@@vpcp")
                        .param("active", "true").param("version", String.valueOf(person.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"emailError\">không phải địa chỉ thư điện tử hợp lệ</div>")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"chau.pb@@vpcp\"")));
        Individual saved = data.reload(person);
        assertThat(saved.getFullName()).isEqualTo("Phan Bội Châu");
        assertThat(saved.getEmail()).isNull();
        assertThat(saved.getVersion()).isEqualTo(person.getVersion());
    }

    @Test
    void anEditIsSavedAndMovingAUnitHeadIsRefusedAboveTheForm() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Sửa hồ sơ (thử)");
        Unit elsewhere = fixtures.unit("Vụ Nơi khác (thử)");
        Individual member = team.member();

        mvc.perform(post("/admin/individuals/{id}/edit", member.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", member.getCode()).param("fullName", member.getFullName())
                        .param("unitId", elsewhere.getId().toString()).param("position", "Chuyên viên chính")
                        .param("active", "true").param("version", String.valueOf(member.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã cập nhật " + member.getFullName() + "."));
        assertThat(data.reload(member).getUnitId()).isEqualTo(elsewhere.getId());
        assertThat(data.reload(member).getPosition()).isEqualTo("Chuyên viên chính");

        Individual head = team.head();
        mvc.perform(post("/admin/individuals/{id}/edit", head.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", head.getCode()).param("fullName", head.getFullName())
                        .param("unitId", elsewhere.getId().toString())
                        .param("active", "true").param("version", String.valueOf(head.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formErrors\"")))
                .andExpect(content().string(containsString("đang là thủ trưởng của Vụ Sửa hồ sơ (thử)")));
        assertThat(data.reload(head).getUnitId()).isEqualTo(team.unit().getId());
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheCurrentValues() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Xung đột (thử)");
        Individual person = fixtures.individual(unit.getId(), "Trương Định");
        mvc.perform(post("/admin/individuals/{id}/edit", person.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", person.getCode()).param("fullName", "Trương Định (đổi lần 1)")
                        .param("unitId", unit.getId().toString()).param("active", "true")
                        .param("version", String.valueOf(person.getVersion())))
                .andExpect(status().is3xxRedirection());

        String page = body(mvc.perform(post("/admin/individuals/{id}/edit", person.getId()).with(fixtures.as(admin))
                        .with(csrf())
                        .param("code", person.getCode()).param("fullName", "Trương Định (ghi đè)")
                        .param("unitId", unit.getId().toString()).param("active", "true")
                        .param("version", String.valueOf(person.getVersion())))
                .andExpect(status().isOk()));
        assertThat(page).contains("vừa được người khác thay đổi")
                .contains("value=\"Trương Định (đổi lần 1)\"")
                .doesNotContain("Trương Định (ghi đè)")
                .contains("name=\"version\" value=\"" + (person.getVersion() + 1) + "\"");
        assertThat(data.reload(person).getFullName()).isEqualTo("Trương Định (đổi lần 1)");
    }

    @Test
    void theEditPageTellsWhetherThePersonHeadsAUnitAndHasAnAccount() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Thông tin thêm (thử)");
        mvc.perform(get("/admin/individuals/{id}/edit", team.head().getId()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Là thủ trưởng của: Vụ Thông tin thêm (thử)")))
                .andExpect(content().string(containsString("Có tài khoản: " + team.headUser())));

        Individual noAccount = fixtures.individual(team.unit().getId(), "Nguyễn Du");
        mvc.perform(get("/admin/individuals/{id}/edit", noAccount.getId()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không là thủ trưởng đơn vị nào.")))
                .andExpect(content().string(containsString("Chưa có tài khoản.")));
    }

    // --- who may, and in which language ----------------------------------------------------------

    @Test
    void staffUnitHeadsAndTheBoardMayNotOpenThePages() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Cấm vào (thử)");
        String board = fixtures.board();
        for (String user : new String[] {team.memberUser(), team.headUser(), board}) {
            mvc.perform(get("/admin/individuals").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/individuals/new").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/individuals/{id}/edit", team.member().getId()).with(fixtures.as(user)))
                    .andExpect(status().isForbidden());
        }
        String code = Fixtures.unique("STAFFPOST");
        mvc.perform(post("/admin/individuals/new").with(fixtures.as(team.memberUser())).with(csrf())
                        .param("code", code).param("fullName", "Không được thêm")
                        .param("unitId", team.unit().getId().toString()))
                .andExpect(status().isForbidden());
        assertThat(individuals.findByCode(code)).isEmpty();
    }

    @Test
    void thePagesSpeakEnglishWhenAskedTo() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Tiếng Anh (thử)");
        Individual person = fixtures.individual(unit.getId(), "Nguyễn Thị Định");
        mvc.perform(get("/admin/individuals").param("lang", "en").param("unitId", unit.getId().toString())
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Search by name or code (with or without diacritics)")))
                .andExpect(content().string(containsString("Employee code")))
                .andExpect(content().string(containsString("Total: 1")))
                .andExpect(content().string(containsString("Nguyễn Thị Định")))
                .andExpect(content().string(not(containsString("Họ và tên"))));
        mvc.perform(get("/admin/individuals/{id}/edit", person.getId()).param("lang", "en").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit Nguyễn Thị Định")))
                .andExpect(content().string(containsString("No account yet.")));
    }

    /**
     * The page with character references decoded: form values go through Spring's HtmlUtils, which
     * writes Latin-1 letters as entities ("đè" becomes "đ&egrave;") but leaves the other Vietnamese
     * letters as they are, so raw-text assertions on them could pass or fail by accident.
     */
    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static java.util.List<String> names(String html) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher matcher = ROW_NAME.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
