package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TitlePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TitleFixtures titles;

    String page(String user, String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theTitlesPageListsTheRulesInForceWithTheirSourcesInVietnamese() throws Exception {
        String html = page(fixtures.board(), "/titles");
        assertThat(Html.text(html, "titlesHeading")).isEqualTo("Danh hiệu thi đua");
        assertThat(Html.has(html, "navTitles")).isTrue();
        String ttldxs = Html.element(html, "title-TTLDXS");
        assertThat(Html.text(ttldxs, "titleLink-TTLDXS")).isEqualTo("Tập thể lao động xuất sắc");
        assertThat(Html.text(ttldxs, "version-TTLDXS")).isEqualTo("Phiên bản 1, hiệu lực từ 01/01/2024");
        assertThat(Html.text(Html.element(ttldxs, "TTLDXS-MEMBERS_LDTT")))
                .isEqualTo("Ít nhất 70% thành viên đạt Lao động tiên tiến "
                        + "Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15");
        assertThat(Html.text(html, "quota-CSTDCS")).isEqualTo("Tối đa 15% số Lao động tiên tiến của đơn vị, làm tròn xuống");
        assertThat(Html.text(html, "quota-LDTT")).isEqualTo("Không giới hạn số lượng");
        assertThat(Html.text(Html.element(html, "LDTT-PLEDGE"))).isEqualTo("Có bản đăng ký thi đua được duyệt "
                + "trong đợt thi đua thường xuyên của năm Quy định của cơ quan Quy chế thi đua, khen thưởng của cơ quan");
        assertThat(Html.text(Html.element(html, "title-GIAY_KHEN"))).contains("Hình thức khen thưởng",
                "Cá nhân và tập thể");
    }

    @Test
    void inEnglishTheSentencesAreEnglishAndTheCitationsStayAsTheLawWritesThem() throws Exception {
        String html = page(fixtures.board(), "/titles?lang=en");
        assertThat(Html.text(html, "titlesHeading")).isEqualTo("Titles");
        String ttldxs = Html.element(html, "title-TTLDXS");
        assertThat(Html.text(ttldxs, "titleLink-TTLDXS")).isEqualTo("Excellent Labour Collective");
        assertThat(Html.text(Html.element(ttldxs, "TTLDXS-MEMBERS_LDTT")))
                .isEqualTo("At least 70% of members awarded Advanced Worker "
                        + "Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15");
        assertThat(Html.text(html, "quota-CSTDCS")).isEqualTo("At most 15% of the unit’s Advanced Worker awards, rounded down");
    }

    @Test
    void staffHaveNoMenuEntryAndNoAdminForms() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Nông nghiệp");
        assertThat(Html.has(page(team.memberUser(), "/campaigns"), "navTitles")).isFalse();
        String html = page(team.memberUser(), "/titles/TTLDTT");
        assertThat(Html.text(html, "titleName")).isEqualTo("Tập thể lao động tiên tiến");
        assertThat(Html.has(html, "quotaForm")).isFalse();
        assertThat(Html.has(html, "newVersionForm")).isFalse();
        mvc.perform(post("/titles/TTLDTT/quota").with(fixtures.as(team.memberUser())).with(csrf())
                .param("enabled", "true").param("percent", "10").param("basisTitle", "LDTT")
                .param("rounding", "DOWN").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/titles/KHONG_CO").with(fixtures.as(team.memberUser()))).andExpect(status().isNotFound());
    }

    @Test
    void anAdminChangesTheQuotaAndAddsAVersionWithNewNumbersFromTheTitlePage() throws Exception {
        String code = titles.title("Danh hiệu thử trang");
        String admin = fixtures.admin();
        String html = page(admin, "/titles/" + code);
        assertThat(Html.has(html, "quotaForm")).isTrue();
        assertThat(Html.has(html, "newVersionForm")).isTrue();
        assertThat(Html.has(html, "p-0.years")).isFalse();

        mvc.perform(post("/titles/{code}/quota", code).with(fixtures.as(admin)).with(csrf())
                        .param("enabled", "true").param("percent", "0").param("basisTitle", "LDTT")
                        .param("rounding", "DOWN").param("version", "0"))
                .andExpect(redirectedUrl("/titles/" + code))
                .andExpect(flash().attribute("flashError", "Tỉ lệ tối đa (%): tỉ lệ phải lớn hơn 0 và không quá 100"));
        mvc.perform(post("/titles/{code}/quota", code).with(fixtures.as(admin)).with(csrf())
                        .param("enabled", "true").param("percent", "12,5").param("basisTitle", "LDTT")
                        .param("rounding", "UP").param("version", "0"))
                .andExpect(redirectedUrl("/titles/" + code))
                .andExpect(flash().attribute("flashSuccess", "Đã lưu hạn mức của Danh hiệu thử trang."));
        html = page(admin, "/titles/" + code);
        assertThat(Html.text(html, "quotaSummary")).isEqualTo("Tối đa 12,5% số Lao động tiên tiến của đơn vị, làm tròn lên");
        mvc.perform(post("/titles/{code}/quota", code).with(fixtures.as(admin)).with(csrf())
                        .param("enabled", "false").param("rounding", "DOWN").param("version", "0"))
                .andExpect(flash().attribute("flashError",
                        "Dữ liệu vừa được người khác thay đổi. Biểu mẫu đã được nạp lại với giá trị hiện tại; hãy kiểm tra và lưu lại."));

        mvc.perform(post("/titles/{code}/rules", code).with(fixtures.as(admin)).with(csrf())
                        .param("effectiveFrom", "01/10/2026").param("note", "Luật sửa đổi").param("basedOnVersion", "1"))
                .andExpect(redirectedUrl("/titles/" + code))
                .andExpect(flash().attribute("flashSuccess", "Đã thêm phiên bản 2, hiệu lực từ 01/10/2026."));
        html = page(admin, "/titles/" + code);
        assertThat(Html.text(Html.element(html, "version-1"))).contains("Phiên bản 1, hiệu lực từ 01/01/2024",
                "đến hết 30/09/2026");
        assertThat(Html.text(Html.element(html, "version-2"))).contains("Phiên bản 2, hiệu lực từ 01/10/2026",
                "Luật sửa đổi", "Xếp loại Hoàn thành tốt nhiệm vụ trở lên trong năm");
        mvc.perform(post("/titles/{code}/rules", code).with(fixtures.as(admin)).with(csrf())
                        .param("effectiveFrom", "01/09/2026").param("basedOnVersion", "2"))
                .andExpect(flash().attribute("flashError",
                        "Ngày hiệu lực 01/09/2026 phải sau ngày hiệu lực của phiên bản mới nhất (2, từ 01/10/2026)"));
    }

    @Test
    void theVersionFormCopiesTheNumbersOfTheLatestVersionAndTakesNewOnes() throws Exception {
        String admin = fixtures.admin();
        String html = page(admin, "/titles/TTLDXS");
        assertThat(Html.attribute(html, "p-2.percent", "value")).isEqualTo("70");
        assertThat(Html.attribute(html, "p-3.percent", "value")).isEqualTo("0");
        html = page(admin, "/titles/BK_BO");
        assertThat(Html.attribute(html, "p-0.options.1.1.params.count", "value")).isEqualTo("2");
    }
}
