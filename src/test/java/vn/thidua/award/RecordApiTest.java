package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.ranking.RankingFixtures;
import vn.thidua.security.Role;
import vn.thidua.shared.OfficeTime;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The record API: title awards, year ratings, initiatives, disciplines and the record read year by year. */
@IntegrationTest
class RecordApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RankingFixtures rankings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAwardIsRecordedOnceAndTheSecondTimeIsAConflictNamingTheDecision() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Hồ sơ " + Fixtures.unique(""));
        Long nhung = team.member().getId();

        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId", nhung,
                "titleCode", "LDTT", "year", 2019, "decisionNumber", "125/QĐ-VPCP", "decisionDate", "2019-12-20"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.titleCode").value("LDTT"))
                .andExpect(jsonPath("$.year").value(2019))
                .andExpect(jsonPath("$.decisionNumber").value("125/QĐ-VPCP"))
                .andExpect(jsonPath("$.decisionDate").value("2019-12-20"))
                .andExpect(jsonPath("$.source").value("MANUAL"));

        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId", nhung,
                "titleCode", "ldtt", "year", 2019, "decisionNumber", "200/QĐ-VPCP"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đối tượng này đã có danh hiệu LDTT năm 2019 (quyết định 125/QĐ-VPCP)."));

        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "COLLECTIVE", "subjectId",
                team.unit().getId(), "titleCode", "TTLDXS", "year", 2019))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/title-awards").param("subjectType", "INDIVIDUAL").param("subjectId", "" + nhung)
                        .with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].titleCode").value(contains("LDTT")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'TITLE_AWARD' and action = 'CREATED' "
                + "and new_value like :code").param("code", "%" + team.member().getCode() + "%")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badAwardsAreRefusedNamingEachField() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Sai " + Fixtures.unique(""));
        int nextYear = OfficeTime.today().getYear() + 1;

        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId",
                team.member().getId(), "titleCode", "TTLDTT", "year", nextYear, "decisionDate", "2999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'titleCode')].message")
                        .value(contains("danh hiệu TTLDTT không dành cho cá nhân")))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message")
                        .value(contains("năm " + nextYear + " chưa đến (năm nay là " + (nextYear - 1) + ")")))
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionDate')].message")
                        .value(contains("ngày quyết định không được sau hôm nay")));
        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "COLLECTIVE", "subjectId",
                team.unit().getId(), "titleCode", "CSTDCS", "year", 1899))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'titleCode')].message")
                        .value(contains("danh hiệu CSTDCS không dành cho tập thể")))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message").value(contains("năm phải từ 1900 đến 2100")));
        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId", -5,
                "titleCode", "ANH_HUNG", "year", 2019))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'subjectId')].message").value(contains("không có cá nhân mã số -5")))
                .andExpect(jsonPath("$.errors[?(@.field == 'titleCode')].message").value(contains("không có danh hiệu \"ANH_HUNG\"")));
        assertThat(count("title_award", team.member().getId())).isZero();
    }

    @Test
    void onlyAdminWritesTheRecord() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Quyền " + Fixtures.unique(""));
        Long id = team.member().getId();
        for (String user : List.of(fixtures.board(), team.headUser(), team.memberUser())) {
            send(post("/api/v1/title-awards"), user, Map.of("subjectType", "INDIVIDUAL", "subjectId", id,
                    "titleCode", "LDTT", "year", 2019)).andExpect(status().isForbidden());
            send(put("/api/v1/year-ratings"), user, Map.of("subjectType", "INDIVIDUAL", "subjectId", id,
                    "year", 2019, "rating", "GOOD")).andExpect(status().isForbidden());
            send(post("/api/v1/initiatives"), user, Map.of("title", "Sáng kiến", "individualIds", List.of(id),
                    "level", "BASE", "year", 2019)).andExpect(status().isForbidden());
            send(post("/api/v1/disciplines"), user, Map.of("individualId", id, "form", "REPRIMAND",
                    "from", "2019-01-01")).andExpect(status().isForbidden());
        }
        assertThat(count("title_award", id)).isZero();
        assertThat(jdbc.sql("select count(*) from year_rating where subject_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theYearOfAClosedRegularCampaignTakesItsClassification() throws Exception {
        RankingFixtures.Ranked r = rankings.ranked(CampaignStatus.CLOSED);
        jdbc.sql("update campaign set kind = 'REGULAR' where id = :id").param("id", r.campaign().getId()).update();
        Individual an = r.person("Nguyễn Văn An");   // 55 + 35 + 3 − 0 = 93: EXCELLENT
        String code = r.campaign().getCode();

        send(put("/api/v1/year-ratings"), r.admin(), Map.of("subjectType", "INDIVIDUAL", "subjectId", an.getId(),
                "year", 2020, "rating", "GOOD"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("(" + code + ") đã xếp loại đối tượng này là EXCELLENT")));
        send(put("/api/v1/year-ratings"), r.admin(), Map.of("subjectType", "INDIVIDUAL", "subjectId", an.getId(),
                "year", 2020, "rating", "EXCELLENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("EXCELLENT"))
                .andExpect(jsonPath("$.source").value("CAMPAIGN"))
                .andExpect(jsonPath("$.campaignCode").value(code));
        // unit Y: 85 → GOOD
        send(put("/api/v1/year-ratings"), r.admin(), Map.of("subjectType", "COLLECTIVE", "subjectId",
                r.y().getId(), "year", 2020, "rating", "EXCELLENT")).andExpect(status().isConflict());
        // a year without a campaign takes what is entered, and entering it again changes it
        send(put("/api/v1/year-ratings"), r.admin(), Map.of("subjectType", "INDIVIDUAL", "subjectId", an.getId(),
                "year", 2018, "rating", "PASS")).andExpect(status().isOk()).andExpect(jsonPath("$.source").value("MANUAL"));
        send(put("/api/v1/year-ratings"), r.admin(), Map.of("subjectType", "INDIVIDUAL", "subjectId", an.getId(),
                "year", 2018, "rating", "GOOD")).andExpect(status().isOk());

        mvc.perform(get("/api/v1/individuals/{id}/record", an.getId()).with(fixtures.as(r.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[*].year").value(contains(2020, 2018)))
                .andExpect(jsonPath("$.years[0].rating").value("EXCELLENT"))
                .andExpect(jsonPath("$.years[0].ratingSource").value("CAMPAIGN"))
                .andExpect(jsonPath("$.years[1].rating").value("GOOD"))
                .andExpect(jsonPath("$.years[1].ratingSource").value("MANUAL"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'YEAR_RATING' and entity_id = :id")
                .param("id", an.getId()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theRecordListsEachYearWithItsTitlesInitiativesAndDisciplinesLatestFirst() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Năm " + Fixtures.unique(""));
        Long hoa = team.member().getId();
        Long head = team.head().getId();
        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId", hoa,
                "titleCode", "CSTDCS", "year", 2019, "decisionNumber", "12/QĐ-VPCP", "decisionDate", "2019-12-30"))
                .andExpect(status().isCreated());
        send(post("/api/v1/title-awards"), admin, Map.of("subjectType", "INDIVIDUAL", "subjectId", hoa,
                "titleCode", "LDTT", "year", 2019)).andExpect(status().isCreated());
        send(post("/api/v1/initiatives"), admin, Map.of("title", "Số hoá hồ sơ trình Thủ tướng",
                "individualIds", List.of(hoa, head), "level", "MINISTRY", "year", 2021,
                "decisionNumber", "7/QĐ-BCĐ", "decisionDate", "2021-11-02"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("MINISTRY"))
                .andExpect(jsonPath("$.authorIds.length()").value(2));
        send(post("/api/v1/disciplines"), admin, Map.of("individualId", hoa, "form", "REPRIMAND",
                "from", "2022-03-01", "to", "2022-12-31", "reason", "Chậm trình hồ sơ"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.form").value("REPRIMAND"));

        mvc.perform(get("/api/v1/individuals/{id}/record", hoa).with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(team.member().getCode()))
                .andExpect(jsonPath("$.employedSince").value(nullValue()))
                .andExpect(jsonPath("$.years[*].year").value(contains(2022, 2021, 2019)))
                .andExpect(jsonPath("$.years[0].disciplines[0].form").value("REPRIMAND"))
                .andExpect(jsonPath("$.years[0].disciplines[0].from").value("2022-03-01"))
                .andExpect(jsonPath("$.years[0].rating").value(nullValue()))
                .andExpect(jsonPath("$.years[1].initiatives[0].title").value("Số hoá hồ sơ trình Thủ tướng"))
                .andExpect(jsonPath("$.years[1].initiatives[0].level").value("MINISTRY"))
                .andExpect(jsonPath("$.years[2].titles").value(contains("LDTT", "CSTDCS")))
                .andExpect(jsonPath("$.years[2].awards[1].decisionNumber").value("12/QĐ-VPCP"));
        mvc.perform(get("/api/v1/individuals/{id}/record", head).with(fixtures.as(admin)))
                .andExpect(jsonPath("$.years[*].year").value(contains(2021)));
    }

    @Test
    void badInitiativesAndDisciplinesNameTheField() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Kỷ luật " + Fixtures.unique(""));
        send(post("/api/v1/initiatives"), admin, Map.of("title", " ", "individualIds", List.of(), "level", "BASE",
                "year", 2019))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(contains("bắt buộc phải có")))
                .andExpect(jsonPath("$.errors[?(@.field == 'individualIds')].message").value(contains("cần ít nhất một tác giả")));
        send(post("/api/v1/initiatives"), admin, Map.of("title", "Đề tài", "individualIds",
                List.of(team.member().getId()), "level", "PROVINCE", "year", 2019))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("level")));
        send(post("/api/v1/disciplines"), admin, Map.of("individualId", team.member().getId(), "form", "WARNING",
                "from", "2022-05-01", "to", "2022-04-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value(contains("ngày kết thúc không được trước ngày bắt đầu")));
    }

    @Test
    void theRecordIsReadByTheSubjectItsHeadsAboveTheBoardAndAdminsOnly() throws Exception {
        Unit vu = fixtures.unit("Vụ Cha " + Fixtures.unique(""));
        Individual vuTruong = fixtures.individual(vu.getId(), "Lương Văn Vụ");
        fixtures.head(vu, vuTruong);
        Unit phong = fixtures.unit("Phòng Con " + Fixtures.unique(""), vu.getId());
        Individual truongPhong = fixtures.individual(phong.getId(), "Tạ Thị Phòng");
        Individual canBo = fixtures.individual(phong.getId(), "Hà Văn Cán");
        Individual dongNghiep = fixtures.individual(phong.getId(), "Lò Thị Nghiệp");
        fixtures.head(phong, truongPhong);
        Fixtures.Team other = fixtures.team("Vụ Khác " + Fixtures.unique(""));
        String otherHead = other.headUser();
        String vuHead = fixtures.account(vuTruong.getId(), Role.STAFF, Role.UNIT_HEAD);

        String self = fixtures.account(canBo.getId(), Role.STAFF);
        for (String reader : List.of(self, fixtures.account(truongPhong.getId(), Role.STAFF, Role.UNIT_HEAD),
                vuHead, fixtures.board(), fixtures.admin())) {
            mvc.perform(get("/api/v1/individuals/{id}/record", canBo.getId()).with(fixtures.as(reader)))
                    .andExpect(status().isOk());
        }
        for (String stranger : List.of(otherHead, fixtures.account(dongNghiep.getId(), Role.STAFF))) {
            mvc.perform(get("/api/v1/individuals/{id}/record", canBo.getId()).with(fixtures.as(stranger)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/title-awards").param("subjectType", "INDIVIDUAL")
                    .param("subjectId", "" + canBo.getId()).with(fixtures.as(stranger)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/units/{id}/record", phong.getId()).with(fixtures.as(otherHead)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units/{id}/record", phong.getId()).with(fixtures.as(self)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units/{id}/record", phong.getId())
                        .with(fixtures.as(vuHead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectType").value("COLLECTIVE"))
                .andExpect(jsonPath("$.years.length()").value(0));
        mvc.perform(get("/api/v1/units/{id}/record", 999_999_999L).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/individuals/{id}/record", canBo.getId())).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheRecordEndpoints() throws Exception {
        var docs = Json.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var paths = docs.get("paths");
        assertThat(paths.get("/api/v1/title-awards").get("post").get("summary").asString())
                .isEqualTo("Record a title awarded to a person or a unit (ADMIN)");
        List<String> codes = new java.util.ArrayList<>();
        paths.get("/api/v1/title-awards").get("post").get("responses").propertyNames().forEach(codes::add);
        assertThat(codes).containsExactlyInAnyOrder("201", "400", "403", "409");
        assertThat(paths.get("/api/v1/year-ratings").get("put").get("responses").get("409").get("description")
                .asString()).contains("names the campaign and its classification");
        assertThat(paths.get("/api/v1/imports/title-awards").get("post").get("description").asString())
                .contains("Loại đối tượng", "importing a file again changes nothing");
        assertThat(paths.has("/api/v1/initiatives")).isTrue();
        assertThat(paths.has("/api/v1/disciplines")).isTrue();
        assertThat(paths.get("/api/v1/individuals/{id}/record").get("get").get("responses").get("200")
                .get("description").asString()).contains("years descending");
        assertThat(paths.has("/api/v1/units/{id}/record")).isTrue();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, Map<String, ?> body)
            throws Exception {
        return mvc.perform(request.with(fixtures.basic(user)).contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(body)));
    }

    private int count(String table, Long subjectId) {
        return jdbc.sql("select count(*) from " + table + " where subject_id = :id").param("id", subjectId)
                .query(Integer.class).single();
    }
}
