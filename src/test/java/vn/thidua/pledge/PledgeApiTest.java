package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.thidua.audit.AuditEvent;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pledge API (API.md "Pledges"): the lifecycle, the rules and their refusals. */
@IntegrationTest
class PledgeApiTest {

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    Fixtures fixtures;

    @Autowired
    vn.thidua.audit.AuditQueries auditQueries;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua thử nghiệm " + Fixtures.unique(""));
    }

    JsonNode create(String user, Map<String, Object> body) throws Exception {
        return read(api.post(user, body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isCreated()));
    }

    static JsonNode read(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    ResultActions submit(String user, long id, long version) throws Exception {
        return api.post(user, Map.of("version", version), "/api/v1/pledges/{id}/submit", id);
    }

    ResultActions approve(String user, long id, long version) throws Exception {
        return api.post(user, Map.of("version", version), "/api/v1/pledges/{id}/approve", id);
    }

    ResultActions returnIt(String user, long id, long version, String reason) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("reason", reason);
        return api.post(user, body, "/api/v1/pledges/{id}/return", id);
    }

    List<AuditEvent> audit(long pledgeId) {
        List<AuditEvent> events = new java.util.ArrayList<>(vn.thidua.security.SystemUser.runAsAdmin("test",
                () -> auditQueries.find("PLEDGE", pledgeId, PageRequest.of(0, 100))
                        .getContent()));
        events.sort(java.util.Comparator.comparing(AuditEvent::getId));
        return events;
    }

    /** A submitted pledge of staffA1; returns {id, version}. */
    long[] submitted() throws Exception {
        JsonNode created = create(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        JsonNode sent = read(submit(org.staffA1User(), created.get("id").asLong(), created.get("version").asLong())
                .andExpect(status().isOk()));
        return new long[] {sent.get("id").asLong(), sent.get("version").asLong()};
    }

    static AuditEvent last(List<AuditEvent> events) {
        return events.get(events.size() - 1);
    }

    @Test
    void staffRegisterSubmitAndTheirHeadApproves() throws Exception {
        JsonNode created = create(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("subjectType").asString()).isEqualTo("INDIVIDUAL");
        assertThat(created.get("subjectName").asString()).isEqualTo("Phạm Thị Thu Hương");
        assertThat(created.get("targetTitle").asString()).isEqualTo("LDTT");
        assertThat(created.get("commitments")).hasSize(2);
        assertThat(created.get("extraCommitments").asString()).isEqualTo("Tham gia đầy đủ hoạt động công đoàn");
        long id = created.get("id").asLong();

        api.get(org.staffA1User(), "/api/v1/pledges/{id}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].text").value("Hoàn thành 100% hồ sơ đúng hạn trên môi trường mạng"));

        JsonNode sent = read(submit(org.staffA1User(), id, created.get("version").asLong()).andExpect(status().isOk()));
        assertThat(sent.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(sent.get("submittedAt").isNull()).isFalse();

        JsonNode approved = read(approve(org.phongHeadUser(), id, sent.get("version").asLong())
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo(org.phongHeadUser());

        assertThat(audit(id)).extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "APPROVED");
        AuditEvent approval = audit(id).get(2);
        assertThat(approval.getActor()).isEqualTo(org.phongHeadUser());
        assertThat(approval.getCampaignId()).isEqualTo(campaign.getId());
        assertThat(approval.getNewValue()).contains("APPROVED");
    }

    @Test
    void pledgeEventsStayOutOfTheCampaignsOwnHistory() throws Exception {
        long[] pledge = submitted();

        List<AuditEvent> history = vn.thidua.security.SystemUser.runAsAdmin("test",
                () -> auditQueries.campaignHistory(campaign.getId()));

        assertThat(audit(pledge[0])).isNotEmpty();
        assertThat(history).isNotEmpty().extracting(AuditEvent::getEntity).containsOnly("CAMPAIGN", "CRITERION");
    }

    @Test
    void aReturnNeedsAReasonWhichTheStaffMemberSeesThenTheyEditAndResubmit() throws Exception {
        long[] p = submitted();
        returnIt(org.phongHeadUser(), p[0], p[1], "  ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("cần nêu lý do trả lại"));
        returnIt(org.phongHeadUser(), p[0], p[1], "x".repeat(1001)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(pledges.pledge(p[0]).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);

        JsonNode returned = read(returnIt(org.phongHeadUser(), p[0], p[1], "Cần cụ thể hóa chỉ tiêu tiêu chí I1")
                .andExpect(status().isOk()));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        api.get(org.staffA1User(), "/api/v1/pledges/{id}", p[0])
                .andExpect(jsonPath("$.returnReason").value("Cần cụ thể hóa chỉ tiêu tiêu chí I1"));
        AuditEvent event = last(audit(p[0]));
        assertThat(event.getAction()).isEqualTo("RETURNED");
        assertThat(event.getReason()).isEqualTo("Cần cụ thể hóa chỉ tiêu tiêu chí I1");

        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        body.put("extraCommitments", "Hoàn thành 100% hồ sơ trước 15/08");
        body.put("version", returned.get("version").asLong());
        JsonNode edited = read(api.put(org.staffA1User(), body, "/api/v1/pledges/{id}", p[0]).andExpect(status().isOk()));
        assertThat(edited.get("status").asString()).isEqualTo("RETURNED");
        assertThat(last(audit(p[0])).getAction()).isEqualTo("UPDATED");
        assertThat(last(audit(p[0])).getNewValue()).contains("Hoàn thành 100% hồ sơ trước 15/08");
        JsonNode resent = read(submit(org.staffA1User(), p[0], edited.get("version").asLong()).andExpect(status().isOk()));
        assertThat(resent.get("status").asString()).isEqualTo("SUBMITTED");
        approve(org.phongHeadUser(), p[0], resent.get("version").asLong()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aSecondPledgeForTheSameSubjectIsAConflict() throws Exception {
        create(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        api.post(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()), "/api/v1/campaigns/{id}/pledges",
                        campaign.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã có bản đăng ký thi đua")));
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, org.staffA1().getId())).isEqualTo(1);
    }

    /** A race is rarely lost in one try: twenty rounds, each with a new person, both requests released at once. */
    @Test
    void twoCreationsAtOnceGiveOneCreatedAndOneConflict() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                race(pool, round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void race(java.util.concurrent.ExecutorService pool, int round) throws Exception {
        vn.thidua.organisation.Individual person = fixtures.individual(org.phongA1().getId(), "Người đua " + round);
        String user = fixtures.account(person.getId(), vn.thidua.security.Role.STAFF);
        Map<String, Object> body = pledges.individualBody(campaign, person);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<MockHttpServletResponse>> results =
                new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return api.post(user, body, "/api/v1/campaigns/{id}/pledges", campaign.getId()).andReturn().getResponse();
            }));
        }
        start.countDown();
        List<MockHttpServletResponse> responses = new java.util.ArrayList<>();
        for (var result : results) {
            responses.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertThat(responses).extracting(MockHttpServletResponse::getStatus)
                .as("round %d", round).containsExactlyInAnyOrder(201, 409);
        var loser = responses.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
        // refused by the check before the insert, or by the unique key when both passed it: either way it says why
        assertThat(Json.read(loser.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).get("detail").asString()).as("round %d", round)
                .matches("Đối tượng này (đã có bản đăng ký thi đua trong đợt \\(mã số \\d+\\)"
                        + "|vừa được đăng ký trong đợt thi đua; mỗi đối tượng chỉ có một bản đăng ký)\\.");
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, person.getId())).as("round %d", round).isEqualTo(1);
        var winner = Json.read(responses.stream().filter(r -> r.getStatus() == 201).findFirst().orElseThrow()
                .getContentAsString());
        assertThat(audit(winner.get("id").asLong())).extracting(AuditEvent::getAction).as("round %d", round)
                .containsExactly("CREATED");
    }

    @Test
    void aDoubleSubmitOrApproveDoesNoHarm() throws Exception {
        JsonNode created = create(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        JsonNode sent = read(submit(org.staffA1User(), id, version).andExpect(status().isOk()));
        submit(org.staffA1User(), id, version).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Đã gửi\"")));
        approve(org.phongHeadUser(), id, sent.get("version").asLong()).andExpect(status().isOk());
        approve(org.phongHeadUser(), id, sent.get("version").asLong()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Đã duyệt\"")));
        assertThat(audit(id)).extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "APPROVED");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() throws Exception {
        JsonNode created = create(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        long id = created.get("id").asLong();
        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        body.put("extraCommitments", "Lần sửa thứ nhất");
        body.put("version", created.get("version").asLong());
        api.put(org.staffA1User(), body, "/api/v1/pledges/{id}", id).andExpect(status().isOk());
        body.put("extraCommitments", "Lần sửa từ trang cũ");
        api.put(org.staffA1User(), body, "/api/v1/pledges/{id}", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã được người khác thay đổi")));
        assertThat(pledges.pledge(id).getExtraCommitments()).isEqualTo("Lần sửa thứ nhất");
        Map<String, Object> noVersion = new HashMap<>(body);
        noVersion.remove("version");
        api.put(org.staffA1User(), noVersion, "/api/v1/pledges/{id}", id).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aSubmittedOrApprovedPledgeCannotBeEdited() throws Exception {
        long[] p = submitted();
        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        body.put("version", p[1]);
        api.put(org.staffA1User(), body, "/api/v1/pledges/{id}", p[0]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Đã gửi\"")));

        // what an edit would change: other commitments, other extra commitments (a valid edit of a draft)
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("commitments", List.of(Map.of("criterionId", pledges.criterion(campaign, "C1").getId(),
                "text", "Cam kết sửa sau khi đã gửi")));
        changed.put("extraCommitments", "Nội dung sửa sau khi đã gửi");
        String beforeSubmitted = pledgeJson(p[0]);
        api.put(org.staffA1User(), changed, "/api/v1/pledges/{id}", p[0]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Không thể sửa bản đăng ký đang ở trạng thái \"Đã gửi\" (chỉ sửa được khi còn Nháp hoặc Bị trả lại)."));
        assertThat(pledgeJson(p[0])).isEqualTo(beforeSubmitted);

        // approved: refused the same way, naming the status, and nothing is changed
        JsonNode approved = read(approve(org.phongHeadUser(), p[0], p[1]).andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        long approvedVersion = approved.get("version").asLong();
        String beforeApproved = pledgeJson(p[0]);
        int events = audit(p[0]).size();
        changed.put("version", approvedVersion);
        api.put(org.staffA1User(), changed, "/api/v1/pledges/{id}", p[0]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Không thể sửa bản đăng ký đang ở trạng thái \"Đã duyệt\" (chỉ sửa được khi còn Nháp hoặc Bị trả lại)."));
        assertThat(pledgeJson(p[0])).isEqualTo(beforeApproved);
        Pledge stored = pledges.pledge(p[0]);
        assertThat(stored.getStatus()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(stored.getVersion()).isEqualTo(approvedVersion);
        assertThat(stored.getTargetTitle()).isEqualTo("LDTT");
        assertThat(stored.getExtraCommitments()).isEqualTo("Tham gia đầy đủ hoạt động công đoàn");
        assertThat(stored.getCommitments()).containsExactlyInAnyOrderEntriesOf(Map.of(
                pledges.criterion(campaign, "I1").getId(), "Hoàn thành 100% hồ sơ đúng hạn trên môi trường mạng",
                pledges.criterion(campaign, "C1").getId(), "Không để tồn đọng văn bản"));
        assertThat(audit(p[0])).as("no UPDATED event").hasSize(events)
                .extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "APPROVED");
        // nor with the version it had before the approval
        changed.put("version", p[1]);
        api.put(org.staffA1User(), changed, "/api/v1/pledges/{id}", p[0]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Đã duyệt\"")));
        assertThat(pledgeJson(p[0])).isEqualTo(beforeApproved);
    }

    /** The pledge as the API returns it, read again. */
    private String pledgeJson(long id) throws Exception {
        return api.get(org.staffA1User(), "/api/v1/pledges/{id}", id).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void afterTheDeadlineNothingCanBeCreatedEditedOrSubmitted() throws Exception {
        Campaign late = pledges.campaign("Đợt đã hết hạn " + Fixtures.unique(""), PledgeFixtures.today().minusDays(40),
                PledgeFixtures.today().plusDays(20), PledgeFixtures.today().minusDays(1), CampaignStatus.IN_PROGRESS);
        String deadline = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(PledgeFixtures.today().minusDays(1));
        api.post(org.staffA1User(), pledges.individualBody(late, org.staffA1()), "/api/v1/campaigns/{id}/pledges",
                        late.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Đã hết hạn đăng ký thi đua (" + deadline + ")")));
        assertThat(pledges.count(late, SubjectType.INDIVIDUAL, org.staffA1().getId())).isZero();
    }

    @Test
    void outsideRegistrationAndInProgressPledgesAreRefusedNamingTheStatus() throws Exception {
        long[] p = submitted();
        JsonNode draftOfOther = create(org.staffA1bUser(), pledges.individualBody(campaign, org.staffA1b()));
        pledges.advance(campaign, CampaignStatus.SCORING);
        api.post(org.vuStaffUser(), pledges.individualBody(campaign, org.vuStaff()), "/api/v1/campaigns/{id}/pledges",
                        campaign.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Chấm điểm\"")));
        submit(org.staffA1bUser(), draftOfOther.get("id").asLong(), draftOfOther.get("version").asLong())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("\"Chấm điểm\"")));
        approve(org.phongHeadUser(), p[0], p[1]).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("\"Chấm điểm\"")));
        assertThat(pledges.pledge(p[0]).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, org.vuStaff().getId())).isZero();
    }

    @Test
    void approvingASubmittedPledgeStillWorksAfterTheDeadline() throws Exception {
        long[] p = submitted();
        jdbcMoveDeadline(campaign, PledgeFixtures.today().minusDays(1));
        approve(org.phongHeadUser(), p[0], p[1]).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    void jdbcMoveDeadline(Campaign c, java.time.LocalDate deadline) {
        jdbc.sql("update campaign set registration_deadline = :d where id = :id").param("d", deadline)
                .param("id", c.getId()).update();
    }

    @Test
    void commitmentsOnlyForApplicableCriteriaAndTitlesOnlyFromTheOpenOnes() throws Exception {
        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        body.put("commitments", List.of(Map.of("criterionId", 999_999_999L, "text", "Không có tiêu chí này")));
        api.post(org.staffA1User(), body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitments[0].criterionId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("999999999")));
        body.put("commitments", List.of(Map.of("criterionId", pledges.criterion(campaign, "K1").getId(),
                "text", "Tiêu chí của tập thể")));
        api.post(org.staffA1User(), body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitments[0].criterionId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("không áp dụng cho đối tượng này")));
        Map<String, Object> wrongTitle = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        wrongTitle.put("targetTitle", "TTLDTT");
        api.post(org.staffA1User(), wrongTitle, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetTitle"))
                .andExpect(jsonPath("$.errors[0].message", containsString("TTLDTT")));
        Map<String, Object> noSubject = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        noSubject.remove("subjectType");
        noSubject.put("subjectId", 999_999_999L);
        api.post(org.staffA1User(), noSubject, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectType"))
                .andExpect(jsonPath("$.errors[0].message").value("không được để trống"));
        noSubject.put("subjectType", "INDIVIDUAL");
        api.post(org.staffA1User(), noSubject, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("999999999")));
        wrongTitle.put("targetTitle", "TTLDXS");
        api.post(org.staffA1User(), wrongTitle, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targetTitle"));
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, org.staffA1().getId())).isZero();
    }

    @Test
    void theSubjectsUnitMustTakePart() throws Exception {
        Campaign onlyA = pledges.open("Đợt riêng của Vụ A " + Fixtures.unique(""), org.vuA().getId());
        api.post(org.staffBUser(), pledges.individualBody(onlyA, org.staffB()), "/api/v1/campaigns/{id}/pledges",
                onlyA.getId()).andExpect(status().is4xxClientError());
        assertThat(pledges.count(onlyA, SubjectType.INDIVIDUAL, org.staffB().getId())).isZero();
        // phòng A1 takes part through Vụ A
        api.post(org.staffA1User(), pledges.individualBody(onlyA, org.staffA1()), "/api/v1/campaigns/{id}/pledges",
                onlyA.getId()).andExpect(status().isCreated());
    }

    @Test
    void commitmentsAreStoredAsTheTextTheyAre() throws Exception {
        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        String script = "<script>alert('x')</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        body.put("commitments", List.of(Map.of("criterionId", pledges.criterion(campaign, "I1").getId(), "text", script)));
        body.put("extraCommitments", img);
        JsonNode created = create(org.staffA1User(), body);
        api.get(org.staffA1User(), "/api/v1/pledges/{id}", created.get("id").asLong())
                .andExpect(jsonPath("$.commitments[0].text").value(script))
                .andExpect(jsonPath("$.extraCommitments").value(img));
    }
}
