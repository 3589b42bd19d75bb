package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

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

        mvc.perform(post("/admin/units/{id}/edit", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", unit.getCode()).param("name", "Vụ Công nghiệp (ghi đè)")
                        .param("active", "true").param("version", String.valueOf(unit.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")))
                .andExpect(content().string(containsString("Vụ Công nghiệp (đổi lần 1)")))
                .andExpect(content().string(not(containsString("value=\"Vụ Công nghiệp (ghi đè)\""))));
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
