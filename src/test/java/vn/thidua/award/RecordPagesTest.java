package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The record pages (a person's, a unit's) and the admin page importing past titles. */
@IntegrationTest
class RecordPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonReadsTheirRecordYearByYearInVietnameseAndEnglish() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Trang " + Fixtures.unique(""));
        Long id = team.member().getId();
        jdbc.sql("update individual set employed_since = date '2015-03-01' where id = :id").param("id", id).update();
        jdbc.sql("""
                insert into title_award (subject_type, subject_id, title_code, year, decision_number, decision_date,
                                         source, created_by)
                values ('INDIVIDUAL', :id, 'LDTT', 2019, '125/QĐ-VPCP', date '2019-12-20', 'IMPORT', 'test')""")
                .param("id", id).update();
        jdbc.sql("""
                insert into year_rating (subject_type, subject_id, year, rating, source, updated_by)
                values ('INDIVIDUAL', :id, 2019, 'GOOD', 'MANUAL', 'test')""").param("id", id).update();
        jdbc.sql("""
                insert into discipline (individual_id, form, from_date, to_date, reason, created_by)
                values (:id, 'REPRIMAND', date '2021-03-01', date '2021-12-31', 'Chậm báo cáo', 'test')""")
                .param("id", id).update();

        mvc.perform(get("/my/record").with(fixtures.as(team.memberUser())))
                .andExpect(redirectedUrl("/individuals/" + id + "/record"));
        String html = mvc.perform(get("/individuals/{id}/record", id).with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(html, "recordTitle")).isEqualTo("Hồ sơ thi đua: " + team.member().getFullName());
        assertThat(Html.text(html, "employedSince")).isEqualTo("Bắt đầu công tác từ 01/03/2015");
        assertThat(html).contains("id=\"navMyRecord\"");
        String table = Html.text(html, "recordTable");
        assertThat(table).contains("2021", "Khiển trách", "từ 01/03/2021 đến 31/12/2021", "Chậm báo cáo");
        assertThat(table).contains("2019", "Hoàn thành tốt nhiệm vụ", "nhập tay", "Lao động tiên tiến",
                "(Quyết định số 125/QĐ-VPCP ngày 20/12/2019)");
        assertThat(table.indexOf("2021")).isLessThan(table.indexOf("2019"));
        assertThat(html).contains("id=\"printButton\"", "/js/record.js");

        String en = mvc.perform(get("/individuals/{id}/record", id).param("lang", "en")
                        .with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(en, "recordTitle")).isEqualTo("Emulation record: " + team.member().getFullName());
        assertThat(Html.text(en, "employedSince")).isEqualTo("Employed since 01/03/2015");
        assertThat(Html.text(en, "recordTable")).contains("Reprimand", "Well completed tasks", "Advanced Worker",
                "(Decision no. 125/QĐ-VPCP of 20/12/2019)");
    }

    @Test
    void anotherUnitsHeadAndAColleagueGet403AndTheHeadReadsTheUnitsRecord() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Kín " + Fixtures.unique(""));
        Fixtures.Team other = fixtures.team("Vụ Ngoài " + Fixtures.unique(""));
        mvc.perform(get("/individuals/{id}/record", team.member().getId()).with(fixtures.as(other.headUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/individuals/{id}/record", team.head().getId()).with(fixtures.as(team.memberUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}/record", team.unit().getId()).with(fixtures.as(other.headUser())))
                .andExpect(status().isForbidden());
        String html = mvc.perform(get("/units/{id}/record", team.unit().getId()).with(fixtures.as(team.headUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(html, "recordTitle")).isEqualTo("Hồ sơ thi đua: " + team.unit().getName());
        assertThat(Html.text(html, "recordEmpty"))
                .isEqualTo("Hồ sơ chưa có năm nào: chưa ghi danh hiệu, xếp loại, sáng kiến hay kỷ luật.");
    }

    @Test
    void theAdminImportPageShowsEachBadRowThenTheCounts() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Trang Nhập " + Fixtures.unique(""));
        String person = team.member().getCode();

        String page = mvc.perform(get("/admin/title-awards/import").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(page, "titleImportHeading")).isEqualTo("Nhập danh hiệu các năm");
        assertThat(page).contains("id=\"navTitleImport\"");

        MvcResult bad = mvc.perform(upload(admin).file(csv(
                        "Loại đối tượng,Mã,Mã danh hiệu,Năm,Số quyết định,Ngày quyết định",
                        "Cá nhân," + person + ",LDTT,2019,,",
                        "Cá nhân," + person + ",TTLDTT,2019,,")))
                .andExpect(redirectedUrl("/admin/title-awards/import")).andReturn();
        String shown = mvc.perform(get("/admin/title-awards/import").with(fixtures.as(admin))
                        .flashAttrs(bad.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(shown, "importErrors")).contains("3", "titleCode", "danh hiệu TTLDTT không dành cho cá nhân");
        assertThat(jdbc.sql("select count(*) from title_award where subject_id = :id").param("id", team.member().getId())
                .query(Integer.class).single()).isZero();

        mvc.perform(upload(admin).file(csv(
                        "loai doi tuong,ma,danh hieu,nam", "Cá nhân," + person + ",Chiến sĩ thi đua cơ sở,2019")))
                .andExpect(flash().attribute("flashSuccess", "Đã nhập: 1 danh hiệu mới, 0 danh hiệu đã có giữ nguyên."))
                .andExpect(flash().attribute("created", 1));

        mvc.perform(get("/admin/title-awards/import/template.csv").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("subjectType,subjectCode,titleCode,year,decisionNumber,decisionDate")));
        mvc.perform(get("/admin/title-awards/import/template.xlsx").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("danh-hieu-cac-nam.xlsx")));
        mvc.perform(get("/admin/title-awards/import").with(fixtures.as(team.headUser())))
                .andExpect(status().isForbidden());
    }

    /** The page's own form: its action carries the CSRF token, as a browser sends it. */
    private MockMultipartHttpServletRequestBuilder upload(String user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/admin/title-awards/import").session(session).with(fixtures.as(user)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher action = Pattern.compile("id=\"importForm\"\\s+action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).as("the upload form's action").isTrue();
        return (MockMultipartHttpServletRequestBuilder) multipart(action.group(1).replace("&amp;", "&"))
                .session(session).with(fixtures.as(user));
    }

    private static MockMultipartFile csv(String... lines) {
        return new MockMultipartFile("file", "danh-hieu.csv", "text/csv",
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
