package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Autowired
    OrganisationTestData data;

    @Test
    void theAdminSeesTheTreeWithVietnameseNames() throws Exception {
        Unit parent = fixtures.unit("Cục Kiểm soát thủ tục hành chính");
        fixtures.unit("Phòng Đổi mới thủ tục", parent.getId());

        mvc.perform(get("/admin/units").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cục Kiểm soát thủ tục hành chính")))
                .andExpect(content().string(containsString("Phòng Đổi mới thủ tục")));
    }

    @Test
    void theTreeShowsEachUnitsHeadAndItsNumberOfActivePeople() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Đếm người");
        fixtures.individual(team.unit().getId(), "Người thứ ba");
        Individual retired = fixtures.individual(team.unit().getId(), "Người đã nghỉ");
        data.deactivate(retired);
        Unit empty = fixtures.unit("Phòng chưa có người", team.unit().getId());

        mvc.perform(get("/admin/units").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"head-" + team.unit().getCode() + "\">Thủ trưởng: Trưởng Vụ Đếm người</span>")))
                .andExpect(content().string(containsString(
                        "id=\"people-" + team.unit().getCode() + "\">3 cán bộ đang công tác</span>")))
                .andExpect(content().string(containsString(
                        "id=\"head-" + empty.getCode() + "\">Chưa có thủ trưởng</span>")))
                .andExpect(content().string(containsString(
                        "id=\"people-" + empty.getCode() + "\">0 cán bộ đang công tác</span>")));
    }

    @Test
    void theHeadChoiceListsEveryActiveMemberOfTheUnitItselfHoweverBigTheSubtree() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Chọn thủ trưởng");
        Unit sub = fixtures.unit("Phòng con của Vụ Chọn thủ trưởng", team.unit().getId());
        fixtures.individual(sub.getId(), "Người của phòng con");
        // More people below the unit than one page of 500, all sorting before the head's name:
        // the head must still be the selected choice, or saving the form would drop them.
        data.people(sub.getId(), "An", 500);
        mvc.perform(get("/admin/units/{id}/edit", team.unit().getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "value=\"" + team.head().getId() + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString(team.member().getFullName())))
                .andExpect(content().string(not(containsString("Người của phòng con"))));
    }

    @Test
    void staffMayNotOpenTheAdminPages() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Pháp luật");
        mvc.perform(get("/admin/units").with(fixtures.as(team.memberUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/units").with(fixtures.as(team.headUser())))
                .andExpect(status().isForbidden());
    }

    @Test
    void creatingNeedsTheCsrfToken() throws Exception {
        String admin = fixtures.admin();
        String code = Fixtures.unique("CSRF");
        mvc.perform(post("/admin/units/new").with(fixtures.as(admin))
                        .param("code", code).param("name", "Vụ Không có mã chống giả mạo"))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aBadCodeIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/units/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", "Vụ TH").param("name", "Vụ Tổng hợp"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mã chỉ gồm chữ cái không dấu, chữ số và . _ -")));
        assertThat(units.findByCode("VỤ TH")).isEmpty();
    }

    @Test
    void aUnitIsCreatedWithItsCodeUpperCased() throws Exception {
        String code = Fixtures.unique("new");
        mvc.perform(post("/admin/units/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", " " + code.toLowerCase() + " ").param("name", "Vụ Đổi mới doanh nghiệp"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units"));
        assertThat(units.findByCode(code.toUpperCase())).get()
                .extracting(Unit::getName).isEqualTo("Vụ Đổi mới doanh nghiệp");
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheCurrentValues() throws Exception {
        Unit unit = fixtures.unit("Vụ Công nghiệp");
        String admin = fixtures.admin();
        mvc.perform(post("/admin/units/{id}/edit", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", unit.getCode()).param("name", "Vụ Công nghiệp (đổi lần 1)")
                        .param("active", "true").param("version", String.valueOf(unit.getVersion())))
                .andExpect(status().is3xxRedirection());

        // Form values are written with HTML entities for Latin-1 letters ("đè" as "đ&egrave;"):
        // decode before looking for them, or the negative check could never fail.
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/admin/units/{id}/edit", unit.getId())
                        .with(fixtures.as(admin)).with(csrf())
                        .param("code", unit.getCode()).param("name", "Vụ Công nghiệp (ghi đè)")
                        .param("active", "true").param("version", String.valueOf(unit.getVersion())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("vừa được người khác thay đổi")
                .contains("value=\"Vụ Công nghiệp (đổi lần 1)\"")
                .doesNotContain("Vụ Công nghiệp (ghi đè)");
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getName)
                .isEqualTo("Vụ Công nghiệp (đổi lần 1)");
    }

    @Test
    void theHeadMustBelongToTheUnit() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Nông nghiệp");
        Unit other = fixtures.unit("Vụ Khoa giáo – Văn xã");
        String admin = fixtures.account(null, Role.ADMIN);
        mvc.perform(post("/admin/units/{id}/edit", other.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", other.getCode()).param("name", other.getName()).param("active", "true")
                        .param("headIndividualId", String.valueOf(team.member().getId()))
                        .param("version", String.valueOf(other.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải cán bộ đang hoạt động của đơn vị này")));
    }
}
