package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.security.SystemUser;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TitleRulesApiTest {

    static final String LAW = "Luật Thi đua, khen thưởng 06/2022/QH15";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TitleFixtures titles;

    @Autowired
    RuleVersions rules;

    @Autowired
    JdbcClient db;

    static Map<String, Object> source(String article, String clause, String point) {
        return Map.of("document", LAW, "article", article, "clause", clause, "point", point);
    }

    static Map<String, Object> clause(String code, String kind, Map<String, Object> params) {
        return Map.of("code", code, "kind", kind, "params", params, "source", source("Điều 24", "khoản 1", "điểm a"));
    }

    ResultActions postVersion(String user, String code, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/titles/{code}/rules", code).with(fixtures.basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    static Map<String, Object> version(String from, List<Map<String, Object>> clauses) {
        return Map.of("effectiveFrom", from, "note", "Luật sửa đổi 2026", "clauses", clauses);
    }

    @Test
    void theSeededRulesOfTtldxsSayWhatTheLawSaysWithTheirSources() throws Exception {
        String staff = fixtures.team("Vụ Pháp luật").memberUser();
        mvc.perform(get("/api/v1/titles/TTLDXS/rules").with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2024-01-01"))
                .andExpect(jsonPath("$[0].effectiveTo").doesNotExist())
                .andExpect(jsonPath("$[0].clauses.length()").value(4))
                .andExpect(jsonPath("$[0].clauses[0].code").value("RATING"))
                .andExpect(jsonPath("$[0].clauses[0].text").value("Xếp loại Hoàn thành xuất sắc nhiệm vụ trong năm"))
                .andExpect(jsonPath("$[0].clauses[0].source.point").value("điểm a"))
                .andExpect(jsonPath("$[0].clauses[1].text").value("100% thành viên xếp loại Hoàn thành nhiệm vụ trở lên"))
                .andExpect(jsonPath("$[0].clauses[2].code").value("MEMBERS_LDTT"))
                .andExpect(jsonPath("$[0].clauses[2].kind").value("MEMBER_SHARE"))
                .andExpect(jsonPath("$[0].clauses[2].text").value("Ít nhất 70% thành viên đạt Lao động tiên tiến"))
                .andExpect(jsonPath("$[0].clauses[2].params.title").value("LDTT"))
                .andExpect(jsonPath("$[0].clauses[2].params.comparison").value("AT_LEAST"))
                .andExpect(jsonPath("$[0].clauses[2].params.percent").value(70))
                .andExpect(jsonPath("$[0].clauses[2].source.document").value(LAW))
                .andExpect(jsonPath("$[0].clauses[2].source.article").value("Điều 27"))
                .andExpect(jsonPath("$[0].clauses[2].source.clause").value("khoản 1"))
                .andExpect(jsonPath("$[0].clauses[2].source.point").value("điểm c"))
                .andExpect(jsonPath("$[0].clauses[2].source.organisationRule").value(false))
                .andExpect(jsonPath("$[0].clauses[2].source.citation")
                        .value("Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15"))
                .andExpect(jsonPath("$[0].clauses[3].text").value("Có ít nhất một thành viên đạt Chiến sĩ thi đua cơ sở"))
                .andExpect(jsonPath("$[0].clauses[3].source.point").value("điểm d"));

        mvc.perform(get("/api/v1/titles/TTLDXS/rules").with(fixtures.basic(staff)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].clauses[2].text").value("At least 70% of members awarded Advanced Worker"))
                .andExpect(jsonPath("$[0].clauses[2].source.citation")
                        .value("Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15"));
    }

    @Test
    void theSeededRulesOfLdttAndCstdcsIncludeTheOrganisationsRuleAndAnOr() throws Exception {
        String board = fixtures.board();
        mvc.perform(get("/api/v1/titles/LDTT/rules").with(fixtures.basic(board)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].clauses.length()").value(4))
                .andExpect(jsonPath("$[0].clauses[0].code").value("RATING"))
                .andExpect(jsonPath("$[0].clauses[1].code").value("NO_DISCIPLINE"))
                .andExpect(jsonPath("$[0].clauses[2].code").value("EMPLOYED"))
                .andExpect(jsonPath("$[0].clauses[3].code").value("PLEDGE"))
                .andExpect(jsonPath("$[0].clauses[0].text").value("Xếp loại Hoàn thành tốt nhiệm vụ trở lên trong năm"))
                .andExpect(jsonPath("$[0].clauses[0].params.atLeast").value("GOOD"))
                .andExpect(jsonPath("$[0].clauses[0].source.citation")
                        .value("Điều 24 khoản 1 điểm a Luật Thi đua, khen thưởng 06/2022/QH15"))
                .andExpect(jsonPath("$[0].clauses[1].text")
                        .value("Không bị kỷ luật từ hình thức khiển trách trở lên trong năm"))
                .andExpect(jsonPath("$[0].clauses[2].text").value("Công tác từ 6 tháng trở lên tính đến cuối năm"))
                .andExpect(jsonPath("$[0].clauses[2].source.citation").value("Điều 1 khoản 5 Thông tư 01/2024/TT-BNV"))
                .andExpect(jsonPath("$[0].clauses[3].text")
                        .value("Có bản đăng ký thi đua được duyệt trong đợt thi đua thường xuyên của năm"))
                .andExpect(jsonPath("$[0].clauses[3].source.organisationRule").value(true))
                .andExpect(jsonPath("$[0].clauses[3].source.citation").value("Quy chế thi đua, khen thưởng của cơ quan"));

        mvc.perform(get("/api/v1/titles/cstdcs/rules").with(fixtures.basic(board)))
                .andExpect(jsonPath("$[0].clauses[0].text").value("Đạt Lao động tiên tiến trong năm"))
                .andExpect(jsonPath("$[0].clauses[0].source.citation").value("Điều 23 khoản 1 " + LAW))
                .andExpect(jsonPath("$[0].clauses[1].kind").value("ANY_OF"))
                .andExpect(jsonPath("$[0].clauses[1].text").value("Một trong các điều kiện: xếp loại Hoàn thành xuất sắc "
                        + "nhiệm vụ trong năm; hoặc có ít nhất 1 sáng kiến, đề tài được công nhận từ cấp cơ sở trở lên trong năm"))
                .andExpect(jsonPath("$[0].clauses[1].params.options[1][0].params.level").value("BASE"));
    }

    @Test
    void theCatalogueHasTheEightTitlesOfTheDesignWithTheirKinds() throws Exception {
        String json = mvc.perform(get("/api/v1/titles").with(fixtures.basic(fixtures.board())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var list = Json.read(json);
        assertThat(list.findValuesAsString("code")).startsWith("LDTT", "CSTDCS", "CSTD_BO", "TTLDTT", "TTLDXS",
                "BK_BO", "BK_TTG", "GIAY_KHEN");
        assertThat(list.get(7).get("name").asString()).isEqualTo("Giấy khen của Thủ trưởng");
        assertThat(list.get(7).get("subjectType").asString()).isEqualTo("BOTH");
        assertThat(list.get(7).get("kind").asString()).isEqualTo("COMMENDATION");
        assertThat(list.get(2).get("name").asString()).isEqualTo("Chiến sĩ thi đua cấp Bộ");
        assertThat(list.get(2).get("kind").asString()).isEqualTo("TITLE");
        assertThat(list.get(6).get("name").asString()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
        assertThat(list.get(6).get("nameEn").asString()).isEqualTo("Prime Minister's Certificate of Merit");
    }

    @Test
    void aNewVersionClosesTheOldOneTheDayBeforeAndTheDateChoosesTheVersionInForce() throws Exception {
        String code = titles.title("Danh hiệu thử phiên bản");
        String admin = fixtures.admin();
        postVersion(admin, code, Map.of("effectiveFrom", "2026-10-01", "note", "Luật 06/2026/QH16",
                "basedOnVersion", 1, "clauses", List.of(
                        clause("RATING", "RATING_AT_LEAST", Map.of("atLeast", "EXCELLENT")),
                        clause("INITIATIVE", "INITIATIVES", Map.of("level", "BASE", "count", 1, "years", 1)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.effectiveFrom").value("2026-10-01"))
                .andExpect(jsonPath("$.createdBy").value(admin))
                .andExpect(jsonPath("$.clauses[1].text")
                        .value("Có ít nhất 1 sáng kiến, đề tài được công nhận từ cấp cơ sở trở lên trong năm"));

        mvc.perform(get("/api/v1/titles/{code}/rules", code).with(fixtures.basic(admin)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].effectiveTo").value("2026-09-30"))
                .andExpect(jsonPath("$[1].version").value(2))
                .andExpect(jsonPath("$[1].effectiveTo").doesNotExist());

        assertThat(inForce(code, LocalDate.of(2026, 9, 30))).isEqualTo(1);
        assertThat(inForce(code, LocalDate.of(2026, 10, 1))).isEqualTo(2);
        assertThat(inForce(code, LocalDate.of(2030, 12, 31))).isEqualTo(2);
        assertThat(inForce(code, LocalDate.of(2024, 1, 1))).isEqualTo(1);
        assertThat(SystemUser.runAsAdmin("test", () -> rules.inForce(code, LocalDate.of(2023, 12, 31)))).isEmpty();

        Map<String, Object> audit = db.sql("""
                select actor, action, old_value, new_value from audit_event
                where entity = 'TITLE_RULE' and new_value like ? order by id desc limit 1""")
                .param("%\"titleCode\":\"" + code + "\"%").query().singleRow();
        assertThat(audit.get("actor")).isEqualTo(admin);
        assertThat(audit.get("action")).isEqualTo("VERSION_ADDED");
        assertThat((String) audit.get("old_value")).contains("\"version\":1").contains("\"effectiveTo\":null");
        assertThat((String) audit.get("new_value")).contains("\"version\":2").contains("\"effectiveFrom\":\"2026-10-01\"")
                .contains("\"previousVersionEffectiveTo\":\"2026-09-30\"");
    }

    private Integer inForce(String code, LocalDate date) {
        return SystemUser.runAsAdmin("test", () -> rules.inForce(code, date).map(RuleVersion::version).orElse(null));
    }

    @Test
    void badParametersAre400NamingTheClauseAndFieldAndNothingIsSaved() throws Exception {
        String code = titles.title("Danh hiệu thử tham số");
        String admin = fixtures.admin();
        postVersion(admin, code, version("2026-10-01", List.of(
                clause("STREAK", "TITLE_CONSECUTIVE_YEARS", Map.of("title", "CSTDCS")),
                clause("MEMBERS", "MEMBER_SHARE", Map.of("title", "LDTT", "comparison", "AT_LEAST", "percent", 120)),
                clause("ONE_OF", "ANY_OF", Map.of("options", List.of(
                        List.of(Map.of("kind", "TITLE_EVER", "params", Map.of("title", "KHONG_CO"))),
                        List.of(Map.of("kind", "EMPLOYED_MONTHS", "params", Map.of("months", 0)))))),
                clause("STREAK", "EMPLOYED_MONTHS", Map.of("months", 6, "weeks", 2)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("clauses[0].params.years")))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[0].params.years')].message").value("không được để trống"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[1].params.percent')].message")
                        .value("với AT_LEAST, tỉ lệ phải lớn hơn 0 và không quá 100"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[2].params.options[0][0].params.title')].message")
                        .value("không có danh hiệu mã KHONG_CO trong danh mục"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[2].params.options[1][0].params.months')].message")
                        .value("phải là số nguyên từ 1 đến 600"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[3].code')].message")
                        .value("mã điều kiện STREAK đã dùng trong phiên bản này"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clauses[3].params.weeks')]").exists());

        postVersion(admin, code, Map.of("clauses", List.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("clauses")));

        mvc.perform(get("/api/v1/titles/{code}/rules", code).with(fixtures.basic(admin)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].effectiveTo").doesNotExist());
    }

    @Test
    void aVersionNotAfterTheLatestOrFromAStaleCopyIs409() throws Exception {
        String code = titles.title("Danh hiệu thử xung đột");
        String admin = fixtures.admin();
        List<Map<String, Object>> clauses = List.of(clause("RATING", "RATING_AT_LEAST", Map.of("atLeast", "GOOD")));

        postVersion(admin, code, version("2024-01-01", clauses)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Ngày hiệu lực 01/01/2024 phải sau ngày hiệu lực của phiên bản "
                        + "mới nhất (1, từ 01/01/2024)"));
        postVersion(admin, code, version("2023-06-01", clauses)).andExpect(status().isConflict());
        postVersion(admin, code, version("2026-10-01", clauses)).andExpect(status().isCreated());
        postVersion(admin, code, Map.of("effectiveFrom", "2027-01-01", "basedOnVersion", 1, "clauses", clauses))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Phiên bản 1 không còn là phiên bản mới nhất (hiện là 2): hãy tải "
                        + "lại và sửa từ phiên bản mới nhất"));
        postVersion(admin, code, version("2026-09-01", clauses)).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/titles/{code}/rules", code).with(fixtures.basic(admin)))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void onlyAnAdminAddsAVersionAndNobodyAnonymousReads() throws Exception {
        String code = titles.title("Danh hiệu thử quyền");
        Fixtures.Team team = fixtures.team("Vụ Tổ chức cán bộ");
        Map<String, Object> body = version("2026-10-01",
                List.of(clause("RATING", "RATING_AT_LEAST", Map.of("atLeast", "GOOD"))));
        for (String user : List.of(fixtures.board(), team.headUser(), team.memberUser())) {
            postVersion(user, code, body).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/titles/{code}/rules", code).with(fixtures.basic(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/titles/LDTT/rules")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/titles/{code}/rules", code).contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/titles/KHONG_CO/rules").with(fixtures.basic(team.memberUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/titles/{code}/rules", code).with(fixtures.basic(team.memberUser())))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theOpenApiDocumentDescribesTheRulesAndQuotaEndpoints() throws Exception {
        var docs = Json.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var post = docs.get("paths").get("/api/v1/titles/{code}/rules").get("post");
        assertThat(post.get("summary").asString()).isEqualTo("Add a version of a title's rules (ADMIN)");
        assertThat(post.get("description").asString()).contains("ends the day before").contains("MEMBER_SHARE");
        List<String> codes = new java.util.ArrayList<>();
        post.get("responses").propertyNames().forEach(codes::add);
        assertThat(codes).containsExactlyInAnyOrder("201", "400", "403", "404", "409");
        var put = docs.get("paths").get("/api/v1/titles/{code}/quota").get("put");
        assertThat(put.get("summary").asString()).isEqualTo("Change a title's quota (ADMIN)");
        assertThat(put.get("responses").get("409").get("description").asString()).startsWith("stale version");
        assertThat(docs.get("paths").get("/api/v1/titles").get("get").get("summary").asString())
                .isEqualTo("The catalogue of titles and commendations");
    }
}
