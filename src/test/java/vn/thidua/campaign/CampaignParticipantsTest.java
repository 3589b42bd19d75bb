package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualService;
import vn.thidua.organisation.Unit;
import vn.thidua.ranking.RankingDashboard;
import vn.thidua.security.Role;
import vn.thidua.security.SystemUser;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: five people imported today joined the 2020 campaign. A campaign's participants do not
 * change without someone deciding it: people joining a participating unit after the registration
 * deadline are listed as joined late and counted nowhere until an admin adds them.
 */
@IntegrationTest
class CampaignParticipantsTest {

    private static final String HEADER = "unitCode,unitName,parentUnitCode,individualCode,fullName,position,email";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    RankingDashboard dashboards;

    @Autowired
    IndividualService individuals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.thidua.pledge.PledgeLists pledges;

    @Test
    void fivePeopleImportedTodayDoNotJoinTheCampaignOfLastYearUntilTheAdminAddsOne() throws Exception {
        // Vụ X with three people since 2020, in a 2020 campaign (registration until 20/07/2020) being scored
        Unit x = fixtures.unit("Vụ Thi đua " + Fixtures.unique(""));
        fixtures.individual(x.getId(), "Nguyễn Văn An");
        fixtures.individual(x.getId(), "Trần Thị Bình");
        fixtures.individual(x.getId(), "Lê Văn Cường");
        Campaign campaign = evaluations.campaign(vn.thidua.campaign.CampaignStatus.SCORING, x.getId());
        String admin = fixtures.admin();
        String board = fixtures.board();

        JsonNode before = summary(campaign, board);
        assertThat(before.at("/participants/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(before.at("/participants/COLLECTIVE").asLong()).isEqualTo(1);
        assertThat(before.at("/notRanked/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(lateUnits(campaign)).containsExactly(x.getName());

        // today an import brings a new phòng under Vụ X with five people
        String p = Fixtures.unique("");
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "moi.csv", "text/csv", (String.join("\n",
                                HEADER,
                                p + "PH,Phòng Mới " + p + "," + x.getCode() + "," + p + "N1,Phạm Thị Dung,Chuyên viên,",
                                p + "PH,Phòng Mới " + p + "," + x.getCode() + "," + p + "N2,Hoàng Văn Em,Chuyên viên,",
                                p + "PH,Phòng Mới " + p + "," + x.getCode() + "," + p + "N3,Vũ Thị Giang,Chuyên viên,",
                                p + "PH,Phòng Mới " + p + "," + x.getCode() + "," + p + "N4,Đỗ Văn Hải,Chuyên viên,",
                                p + "PH,Phòng Mới " + p + "," + x.getCode() + "," + p + "N5,Bùi Thị Lan,Chuyên viên,")
                                + "\n").getBytes(StandardCharsets.UTF_8)))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode after = summary(campaign, board);
        assertThat(after.at("/participants/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(after.at("/participants/COLLECTIVE").asLong()).isEqualTo(1);
        assertThat(after.at("/notRanked/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(after.at("/pledgesByStatus/INDIVIDUAL/NONE").asLong()).isEqualTo(3);
        assertThat(lateUnits(campaign)).containsExactly(x.getName()); // the new phòng is not late
        // the registration overview and list count the three, not eight
        assertThat(SystemUser.runAsAdmin("test", () -> pledges.overview(campaign.getId())).total().members())
                .isEqualTo(3);
        assertThat(SystemUser.runAsAdmin("test", () -> pledges.registrations(campaign.getId(), null, "MISSING", null,
                org.springframework.data.domain.PageRequest.of(0, 20))).rows().getTotalElements()).isEqualTo(3);

        // the five are listed as joined late, by unit and name
        JsonNode late = Json.read(mvc.perform(get("/api/v1/campaigns/{id}/late-joiners", campaign.getId())
                        .with(fixtures.as(board)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(late.get("total").asLong()).isEqualTo(5);
        assertThat(names(late)).containsExactly("Bùi Thị Lan", "Đỗ Văn Hải", "Hoàng Văn Em", "Phạm Thị Dung",
                "Vũ Thị Giang");
        assertThat(late.at("/people/0/unitName").asString()).isEqualTo("Phòng Mới " + p);
        assertThat(late.at("/people/0/code").asString()).isEqualTo(p + "N5");

        // the admin adds one of them: from then on she counts like everybody else
        Long lan = late.at("/people/0/individualId").asLong();
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", campaign.getId(), lan)
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.added").value(true));
        JsonNode added = summary(campaign, board);
        assertThat(added.at("/participants/INDIVIDUAL").asLong()).isEqualTo(4);
        assertThat(added.at("/notRanked/INDIVIDUAL").asLong()).isEqualTo(4);
        assertThat(added.at("/participants/COLLECTIVE").asLong()).isEqualTo(1); // the phòng itself still came late
        assertThat(lateUnits(campaign)).containsExactly("Phòng Mới " + p, x.getName());
        JsonNode fewer = Json.read(mvc.perform(get("/api/v1/campaigns/{id}/late-joiners", campaign.getId())
                        .with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(fewer.get("total").asLong()).isEqualTo(4);
        assertThat(names(fewer)).doesNotContain("Bùi Thị Lan");

        // a second click changes nothing; the addition is audited once, naming her
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", campaign.getId(), lan)
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(false));
        assertThat(summary(campaign, board).at("/participants/INDIVIDUAL").asLong()).isEqualTo(4);
        assertThat(jdbc.sql("""
                        select new_value from audit_event
                        where entity = 'CAMPAIGN' and entity_id = :c and action = 'PARTICIPANT_ADDED'""")
                .param("c", campaign.getId()).query(String.class).list())
                .containsExactly("{\"participant\":\"Bùi Thị Lan (" + p + "N5)\"}");
    }

    @Test
    void onlyTheAdminAddsTheBoardReadsAndNobodyOutsideTheUnitsOrInAClosedCampaignIsAdded() throws Exception {
        Unit x = fixtures.unit("Vụ Quyền " + Fixtures.unique(""));
        Unit elsewhere = fixtures.unit("Vụ Khác " + Fixtures.unique(""));
        Campaign campaign = evaluations.campaign(vn.thidua.campaign.CampaignStatus.SCORING, x.getId());
        Individual late = fixtures.individualJoiningNow(x.getId(), "Ngô Thị Mai");
        Individual outside = fixtures.individualJoiningNow(elsewhere.getId(), "Dương Văn Nam");
        String staff = fixtures.account(late.getId(), Role.STAFF);
        String board = fixtures.board();
        String admin = fixtures.admin();

        mvc.perform(get("/api/v1/campaigns/{id}/late-joiners", campaign.getId()).with(fixtures.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", campaign.getId(), late.getId())
                        .with(fixtures.as(board)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", campaign.getId(), outside.getId())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Dương Văn Nam (" + outside.getCode() + ") không còn hoạt động hoặc không thuộc đơn vị tham gia "
                                + "đợt thi đua này."));
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", campaign.getId(), 999_999_999L)
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        // a late joiner cannot be scored into the campaign behind the admin's back
        mvc.perform(put("/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{s}/self", campaign.getId(), late.getId())
                        .with(fixtures.as(staff)).with(csrf()).contentType("application/json")
                        .content(Json.of(Map.of("version", 0, "scores", List.of(EvaluationFixtures.score(
                                evaluations.criteria(campaign).get("C1"), 10))))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Ngô Thị Mai vào đơn vị sau hạn đăng ký nên chưa tham gia đợt thi đua này; quản trị viên "
                                + "có thể thêm người này vào đợt."));

        Campaign closed = evaluations.advance(campaign, vn.thidua.campaign.CampaignStatus.CLOSED);
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", closed.getId(), late.getId())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Đợt thi đua đang ở trạng thái Đã kết thúc; không thể thêm người tham gia."));
        assertThat(jdbc.sql("select count(*) from campaign_participant_addition where campaign_id = :c")
                .param("c", campaign.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void theCampaignPageListsLateJoinersForTheBoardWithTheAddButtonForTheAdminOnly() throws Exception {
        Unit x = fixtures.unit("Vụ Trang " + Fixtures.unique(""));
        Individual inPlace = fixtures.individual(x.getId(), "Lý Văn Phúc");
        Campaign campaign = evaluations.campaign(vn.thidua.campaign.CampaignStatus.SCORING, x.getId());
        Individual late = fixtures.individualJoiningNow(x.getId(), "Đặng Thị Uyên");
        String staff = fixtures.account(inPlace.getId(), Role.STAFF);

        String adminPage = page(campaign, fixtures.admin());
        assertThat(vn.thidua.support.Html.text(adminPage, "late-" + late.getCode()))
                .startsWith(late.getCode() + " Đặng Thị Uyên ").contains(" " + x.getName() + " ")
                .endsWith("Thêm vào đợt");
        assertThat(vn.thidua.support.Html.has(adminPage, "late-" + inPlace.getCode())).isFalse();
        assertThat(vn.thidua.support.Html.text(adminPage, "lateJoinersHint")).contains("(20/07/2020)");
        String boardPage = page(campaign, fixtures.board());
        assertThat(vn.thidua.support.Html.has(boardPage, "late-" + late.getCode())).isTrue();
        assertThat(vn.thidua.support.Html.has(boardPage, "addParticipant-" + late.getCode())).isFalse();
        assertThat(vn.thidua.support.Html.has(page(campaign, staff), "lateJoiners")).isFalse();

        // from the page: added, and back on the list with the news
        mvc.perform(post("/campaigns/{id}/participants/{p}", campaign.getId(), late.getId())
                        .with(fixtures.as(fixtures.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/campaigns/" + campaign.getId() + "#lateJoiners"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "flashSuccess", "Đã thêm Đặng Thị Uyên (" + late.getCode() + ") vào đợt thi đua."));
        assertThat(vn.thidua.support.Html.text(page(campaign, fixtures.admin()), "noLateJoiners"))
                .isEqualTo("Không có ai vào đơn vị tham gia sau hạn đăng ký.");

        Individual later = fixtures.individualJoiningNow(x.getId(), "Cao Văn Vinh");
        Campaign closed = evaluations.advance(campaign, vn.thidua.campaign.CampaignStatus.CLOSED);
        String closedPage = page(closed, fixtures.admin());
        assertThat(vn.thidua.support.Html.has(closedPage, "late-" + later.getCode())).isTrue();
        assertThat(vn.thidua.support.Html.has(closedPage, "addParticipant-" + later.getCode())).isFalse();
    }

    private String page(Campaign campaign, String user) throws Exception {
        return mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void someoneMovedAfterTheDeadlineKeepsTheirEvaluationAndIsCountedWhereTheyAreNow() throws Exception {
        Unit x = fixtures.unit("Vụ Đi " + Fixtures.unique(""));
        Unit y = fixtures.unit("Vụ Đến " + Fixtures.unique(""));
        Individual scored = fixtures.individual(x.getId(), "Phan Văn Quý");
        Individual unscored = fixtures.individual(x.getId(), "Hồ Thị Sen");
        Campaign campaign = evaluations.campaign(vn.thidua.campaign.CampaignStatus.SCORING, x.getId(), y.getId());
        String person = fixtures.account(scored.getId(), Role.STAFF);
        mvc.perform(put("/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{s}/self", campaign.getId(), scored.getId())
                        .with(fixtures.as(person)).with(csrf()).contentType("application/json")
                        .content(Json.of(Map.of("version", 0, "scores", List.of(EvaluationFixtures.score(
                                evaluations.criteria(campaign).get("C1"), 50))))))
                .andExpect(status().isOk());
        String board = fixtures.board();
        assertThat(summary(campaign, board).at("/participants/INDIVIDUAL").asLong()).isEqualTo(2);

        // both move from Vụ X to Vụ Y today
        for (Individual moved : List.of(scored, unscored)) {
            SystemUser.runAsAdmin("test", () -> {
                Individual current = individuals.get(moved.getId());
                return individuals.update(moved.getId(), new IndividualService.IndividualData(current.getCode(),
                        current.getFullName(), y.getId(), current.getPosition(), current.getEmail()), true,
                        current.getVersion());
            });
        }
        // the one with an evaluation stays, now in Vụ Y, with the self-assessment kept;
        // the other joined Vụ Y after the deadline: listed late, not counted as missing
        JsonNode after = summary(campaign, board);
        assertThat(after.at("/participants/INDIVIDUAL").asLong()).isEqualTo(1);
        assertThat(after.at("/evaluationsByStatus/INDIVIDUAL/OPEN").asLong()).isEqualTo(1);
        JsonNode late = Json.read(mvc.perform(get("/api/v1/campaigns/{id}/late-joiners", campaign.getId())
                        .with(fixtures.as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(names(late)).containsExactly("Hồ Thị Sen");
        assertThat(late.at("/people/0/unitName").asString()).isEqualTo(y.getName());
        assertThat(lateUnits(campaign)).containsExactly(y.getName());
    }

    @Test
    void theDemoCampaignOf2020KeepsItsParticipantsWhenFivePeopleAreImportedTodayAndGainsTheOneTheAdminAdds()
            throws Exception {
        Campaign demo = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        String board = fixtures.board();
        String admin = fixtures.admin();
        JsonNode before = summary(demo, board);
        List<String> lateBefore = lateUnits(demo);
        long people = before.at("/participants/INDIVIDUAL").asLong();
        assertThat(people).isGreaterThanOrEqualTo(154); // the demo's 154 people, and fixtures' people since 2020
        assertThat(demoPeopleTakingPart(demo)).isEqualTo(154); // the 154 rows of demo/organisation.csv

        String p = Fixtures.unique("");
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (int n = 1; n <= 5; n++) {
            rows.add(p + "PH,Phòng Nhập Hôm Nay " + p + ",VPCP," + p + "N" + n + ",Nguyễn Văn Mới " + n + ",Chuyên viên,");
        }
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "hom-nay.csv", "text/csv",
                                (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());

        JsonNode after = summary(demo, board);
        assertThat(after.at("/participants/INDIVIDUAL").asLong()).isEqualTo(people);
        assertThat(after.at("/participants/COLLECTIVE").asLong()).isEqualTo(before.at("/participants/COLLECTIVE").asLong());
        assertThat(after.at("/notRanked/INDIVIDUAL").asLong()).isEqualTo(before.at("/notRanked/INDIVIDUAL").asLong());
        assertThat(lateUnits(demo)).isEqualTo(lateBefore).doesNotContain("Phòng Nhập Hôm Nay " + p);
        assertThat(demoPeopleTakingPart(demo)).isEqualTo(154);

        Long first = jdbc.sql("select id from individual where code = :c").param("c", p + "N1").query(Long.class).single();
        mvc.perform(post("/api/v1/campaigns/{id}/participants/{p}", demo.getId(), first)
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated());
        assertThat(summary(demo, board).at("/participants/INDIVIDUAL").asLong()).isEqualTo(people + 1);
        assertThat(lateUnits(demo)).contains("Phòng Nhập Hôm Nay " + p);
    }

    @Test
    void theNewEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        JsonNode docs = Json.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode late = docs.at("/paths/~1api~1v1~1campaigns~1{id}~1late-joiners/get");
        assertThat(late.get("summary").asString()).isEqualTo("People who joined after the registration deadline "
                + "(ADMIN, BOARD)");
        assertThat(late.get("description").asString()).contains("not \"missing\" and not \"late\"");
        JsonNode add = docs.at("/paths/~1api~1v1~1campaigns~1{id}~1participants~1{individualId}/post");
        assertThat(add.get("responses").propertyNames()).contains("200", "201", "403", "404", "409");
        JsonNode copy = docs.at("/paths/~1api~1v1~1campaigns~1{id}~1copy/post");
        assertThat(copy.get("description").asString()).contains("29 February becomes 28 February");
        assertThat(docs.at("/components/schemas/AddedResponse/properties/added/description").asString())
                .startsWith("true: added now");
    }

    /** The demo's own people (codes NV + four digits) among the campaign's participants. */
    private long demoPeopleTakingPart(Campaign demo) {
        return jdbc.sql("""
                        select count(*) from campaign_participants(:c) p join individual i on i.id = p.individual_id
                        where i.code ~ '^NV[0-9]{4}$'""")
                .param("c", demo.getId()).query(Long.class).single();
    }

    private JsonNode summary(Campaign campaign, String user) throws Exception {
        return Json.read(mvc.perform(get("/api/v1/campaigns/{id}/summary", campaign.getId()).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The units the board's dashboard lists as late, by name. */
    private List<String> lateUnits(Campaign campaign) {
        return SystemUser.runAsAdmin("test", () -> dashboards.dashboard(campaign.getId())).late().stream()
                .map(late -> late.unit().name()).toList();
    }

    private static List<String> names(JsonNode late) {
        List<String> names = new ArrayList<>();
        late.get("people").forEach(person -> names.add(person.get("fullName").asString()));
        return names;
    }
}
