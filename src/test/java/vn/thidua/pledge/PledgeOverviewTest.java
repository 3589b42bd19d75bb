package vn.thidua.pledge;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;
import vn.thidua.support.QueryCounter;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board's overview, the XLSX export read back, and the admin's deadline extension. */
@IntegrationTest
class PledgeOverviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignRepository campaignRepository;

    @Autowired
    QueryCounter queryCounter;

    @Autowired
    PledgeRepository pledgeRepository;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua tổng hợp " + Fixtures.unique(""));
    }

    JsonNode pledge(String user, Map<String, Object> body, boolean submit) throws Exception {
        JsonNode p = Json.read(api.post(user, body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        if (!submit) {
            return p;
        }
        return Json.read(api.post(user, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/submit",
                p.get("id").asLong()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    String overview(String user) throws Exception {
        return mvc.perform(get("/campaigns/{id}/registrations/overview", campaign.getId()).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the overview row of a unit, cells separated by |. */
    static String row(String html, String unitCode) {
        int start = html.indexOf("id=\"unit-" + unitCode + "\"");
        String tr = html.substring(start, html.indexOf("</tr>", start));
        return tr.replaceAll("<[^>]+>", "|").replaceAll("\\s+", "").replaceAll("\\|+", "|");
    }

    @Test
    void theBoardSeesPerUnitWhoRegisteredAndForWhichTitle() throws Exception {
        JsonNode a = pledge(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()), true);
        pledge(org.staffA1bUser(), pledges.individualBody(campaign, org.staffA1b()), false);
        api.post(org.phongHeadUser(), Map.of("version", a.get("version").asLong()), "/api/v1/pledges/{id}/approve",
                a.get("id").asLong()).andExpect(status().isOk());
        String html = overview(fixtures.board());
        // phòng A1: 3 people, 1 registered (the approved one: a draft is not registered), 1 draft, 0 submitted,
        // 1 approved, 0 returned, 1 missing, 1 LĐTT (of the registered pledges), 0 CSTĐCS
        assertThat(row(html, org.phongA1().getCode())).contains("|3|1|1|0|1|0|1|1|0|");
        assertThat(row(html, org.vuA().getCode())).contains("|2|0|0|0|0|0|2|0|0|");
        mvc.perform(get("/campaigns/{id}/registrations/overview", campaign.getId()).with(fixtures.as(org.vuHeadUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/registrations/overview", campaign.getId()).with(fixtures.as(org.staffA1User())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBoardApprovesOrReturnsCollectivePledgesFromTheOverview() throws Exception {
        JsonNode phong = pledge(org.phongHeadUser(), pledges.collectiveBody(campaign, org.phongA1()), true);
        JsonNode b = pledge(org.headBUser(), pledges.collectiveBody(campaign, org.unitB()), true);
        String board = fixtures.board();
        assertThat(overview(board)).contains("id=\"selectCollective-" + org.phongA1().getCode() + "\"");
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(board)).with(csrf())
                        .param("decision", "APPROVE").param("pledge", phong.get("id").asLong() + ":" + phong.get("version").asLong())
                        .param("back", "/campaigns/" + campaign.getId() + "/registrations/overview"))
                .andExpect(flash().attribute("flashSuccess", "Đã duyệt 1 bản đăng ký."));
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", "Không")
                        .param("pledge", b.get("id").asLong() + ":" + b.get("version").asLong()))
                .andExpect(flash().attribute("flashError", containsString("Không thực hiện được 1")));
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(board)).with(csrf())
                        .param("decision", "RETURN").param("reason", "Thiếu chỉ tiêu về chuyển đổi số")
                        .param("pledge", b.get("id").asLong() + ":" + b.get("version").asLong()))
                .andExpect(flash().attribute("flashSuccess", "Đã trả lại 1 bản đăng ký."));
        assertThat(pledges.pledge(phong.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(pledges.pledge(b.get("id").asLong()).getReturnReason()).isEqualTo("Thiếu chỉ tiêu về chuyển đổi số");
    }

    List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getSheets().toList().get(index);
            try (var rows = sheet.openStream()) {
                return rows.map(PledgeOverviewTest::texts).toList();
            }
        }
    }

    /** The cells' texts; a date cell (a number formatted dd/mm/yyyy) as the date it shows. */
    static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : "dd/mm/yyyy".equals(c.getDataFormatString())
                ? DateTimeFormatter.ofPattern("dd/MM/yyyy").format(c.asDate()) : c.getText()).collect(Collectors.toList());
    }

    @Test
    void theXlsxHasTheTitleVietnameseHeadersAndEveryPersonInScope() throws Exception {
        pledge(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()), true);
        pledge(org.staffBUser(), pledges.individualBody(campaign, org.staffB()), false);
        pledge(org.phongHeadUser(), pledges.collectiveBody(campaign, org.phongA1()), true);
        byte[] all = mvc.perform(get("/api/v1/campaigns/{id}/pledges.xlsx", campaign.getId()).with(fixtures.as(fixtures.board())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = sheet(all, 0);
        assertThat(rows.get(0).get(0)).isEqualTo("BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA");
        assertThat(rows.get(1).get(0)).isEqualTo(campaign.getName());
        assertThat(rows.get(2)).as("the header row follows the title and the campaign").containsSequence("STT", "Mã", "Họ và tên", "Đơn vị", "Chức vụ", "Danh hiệu đăng ký",
                "Trạng thái", "Ngày gửi");
        List<String> huong = rows.stream().filter(r -> r.contains(org.staffA1().getCode())).findFirst().orElseThrow();
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(PledgeFixtures.today());
        assertThat(huong).contains("Phạm Thị Thu Hương", org.phongA1().getName(), "Lao động tiên tiến", "Đã gửi", today);
        List<String> bich = rows.stream().filter(r -> r.contains(org.staffB().getCode())).findFirst().orElseThrow();
        assertThat(bich).contains("Vũ Thị Bích", "Nháp");
        List<String> van = rows.stream().filter(r -> r.contains(org.vuStaff().getCode())).findFirst().orElseThrow();
        assertThat(van).contains("Lê Thị Vân", "Chưa đăng ký");
        // every cell of each person's row, column by column (after the running number)
        assertThat(cells(huong)).containsExactly(org.staffA1().getCode(), "Phạm Thị Thu Hương",
                org.phongA1().getName(), "Chuyên viên", "Lao động tiên tiến", "Đã gửi", today);
        assertThat(cells(bich)).containsExactly(org.staffB().getCode(), "Vũ Thị Bích", org.unitB().getName(),
                "Chuyên viên", "Lao động tiên tiến", "Nháp", "");
        assertThat(cells(van)).containsExactly(org.vuStaff().getCode(), "Lê Thị Vân", org.vuA().getName(),
                "Chuyên viên", "", "Chưa đăng ký", "");
        assertThat(rows.subList(3, rows.size())).extracting(r -> r.get(0))
                .as("the running number counts the rows").startsWith("1", "2", "3");
        List<List<String>> units = sheet(all, 2);
        assertThat(units.stream().anyMatch(r -> r.contains(org.phongA1().getName())
                && r.contains("Tập thể lao động tiên tiến") && r.contains("Đã gửi"))).isTrue();
        assertThat(units.get(0).get(0)).isEqualTo("BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA");
        assertThat(units.get(2)).containsExactly("STT", "Mã", "Đơn vị", "Danh hiệu đăng ký", "Trạng thái", "Ngày gửi");
        List<String> phong = units.stream().filter(r -> r.contains(org.phongA1().getCode())).findFirst().orElseThrow();
        assertThat(cells(phong)).containsExactly(org.phongA1().getCode(), org.phongA1().getName(),
                "Tập thể lao động tiên tiến", "Đã gửi", today);

        byte[] head = mvc.perform(get("/campaigns/{id}/registrations.xlsx", campaign.getId())
                .with(fixtures.as(org.phongHeadUser()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> headRows = sheet(head, 0);
        assertThat(headRows.stream().anyMatch(r -> r.contains("Phạm Thị Thu Hương"))).isTrue();
        assertThat(headRows.stream().anyMatch(r -> r.contains("Vũ Thị Bích") || r.contains("Lê Thị Vân"))).isFalse();
        // the head of phòng A1 gets exactly the three people of phòng A1, the same cells as the board
        assertThat(headRows.subList(3, headRows.size())).extracting(r -> r.get(1)).containsExactlyInAnyOrder(
                org.phongHead().getCode(), org.staffA1().getCode(), org.staffA1b().getCode());
        assertThat(cells(headRows.stream().filter(r -> r.contains(org.staffA1().getCode())).findFirst().orElseThrow()))
                .containsExactly(org.staffA1().getCode(), "Phạm Thị Thu Hương", org.phongA1().getName(), "Chuyên viên",
                        "Lao động tiên tiến", "Đã gửi", today);
        mvc.perform(get("/api/v1/campaigns/{id}/pledges.xlsx", campaign.getId()).with(fixtures.as(org.staffA1User())))
                .andExpect(status().isForbidden());
    }

    /** The cells of an exported row after its running number (empty cells included, up to the last column). */
    static List<String> cells(List<String> row) {
        return row.subList(1, row.size());
    }

    @Test
    void anAdminExtendsTheDeadlineFromTheOverviewAndItIsInTheCampaignHistory() throws Exception {
        Campaign late = pledges.campaign("Đợt cần gia hạn " + Fixtures.unique(""), PledgeFixtures.today().minusDays(40),
                PledgeFixtures.today().plusDays(20), PledgeFixtures.today().minusDays(1), CampaignStatus.REGISTRATION);
        String admin = fixtures.admin();
        String newDeadline = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(PledgeFixtures.today().plusDays(7));
        assertThat(mvc.perform(get("/campaigns/{id}/registrations/overview", late.getId()).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString()).contains("id=\"deadlineForm\"");
        assertThat(overview(fixtures.board())).doesNotContain("id=\"deadlineForm\"");
        mvc.perform(post("/campaigns/{id}/registration-deadline", late.getId()).with(fixtures.as(fixtures.board()))
                .with(csrf()).param("registrationDeadline", newDeadline).param("version", String.valueOf(late.getVersion())))
                .andExpect(status().isForbidden());
        String yesterday = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(PledgeFixtures.today().minusDays(1));
        mvc.perform(post("/campaigns/{id}/registration-deadline", late.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("registrationDeadline", yesterday).param("version", String.valueOf(late.getVersion())))
                .andExpect(flash().attribute("flashError", containsString("không được trước ngày hôm nay")));
        mvc.perform(post("/campaigns/{id}/registration-deadline", late.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("registrationDeadline", newDeadline).param("version", String.valueOf(late.getVersion())))
                .andExpect(flash().attribute("flashSuccess", "Đã gia hạn đăng ký thi đua đến ngày " + newDeadline + "."));
        assertThat(campaignRepository.findById(late.getId()).orElseThrow().getRegistrationDeadline())
                .isEqualTo(PledgeFixtures.today().plusDays(7));
        String history = mvc.perform(get("/campaigns/{id}", late.getId()).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Sửa thông tin đợt thi đua").contains(newDeadline);
    }


    /** A campaign of {@code units} units (each with a sub-unit), {@code people} people per unit, most registered. */
    Campaign campaignOf(int unitCount, int people) {
        List<Long> listed = new java.util.ArrayList<>();
        List<Long> all = new java.util.ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            Unit unit = fixtures.unit("Vụ đếm " + Fixtures.unique(""));
            Unit sub = fixtures.unit("Phòng đếm " + Fixtures.unique(""), unit.getId());
            listed.add(unit.getId());
            all.add(unit.getId());
            all.add(sub.getId());
        }
        Campaign c = pledges.open("Đợt đếm câu lệnh " + Fixtures.unique(""), listed.toArray(Long[]::new));
        List<Pledge> batch = new java.util.ArrayList<>();
        int n = 0;
        for (Long unitId : all) {
            for (int i = 0; i < people; i++) {
                Individual person = fixtures.individual(unitId, "Người đếm " + n);
                if (n++ % 4 != 3) {
                    Pledge p = new Pledge(c.getId(), SubjectType.INDIVIDUAL, person.getId());
                    p.pledge(n % 2 == 0 ? "LDTT" : "CSTDCS", Map.of(), null);
                    batch.add(p);
                }
            }
            Pledge collective = new Pledge(c.getId(), SubjectType.COLLECTIVE, unitId);
            collective.pledge("TTLDTT", Map.of(), null);
            batch.add(collective);
        }
        pledgeRepository.saveAll(batch);
        return c;
    }

    int statements(String url, Campaign c, String board) throws Exception {
        var asBoard = fixtures.as(board);
        return queryCounter.count(() -> mvc.perform(get(url, c.getId()).with(asBoard)).andExpect(status().isOk()));
    }

    @Test
    void theOverviewAndTheBoardsListCostTheSameStatementsForOneUnitOrMany() throws Exception {
        Campaign small = campaignOf(1, 1);
        Campaign large = campaignOf(5, 4);
        String board = fixtures.board();
        mvc.perform(get("/campaigns/{id}/registrations/overview", large.getId()).with(fixtures.as(board)))
                .andExpect(status().isOk());
        for (String url : List.of("/campaigns/{id}/registrations/overview", "/campaigns/{id}/registrations",
                "/api/v1/campaigns/{id}/pledges")) {
            int few = statements(url, small, board);
            int many = statements(url, large, board);
            assertThat(few).as("%s: the counter counts the statements", url).isPositive();
            assertThat(many).as(url).isEqualTo(few);
            assertThat(many).as(url).isLessThan(25);
        }
    }
}
