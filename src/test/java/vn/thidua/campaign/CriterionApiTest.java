package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CriterionApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    CampaignApi api;

    @Autowired
    CriterionRepository criteria;

    static Map<String, Object> criterion(String code, Object maxPoints) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Hoàn thành nhiệm vụ " + code);
        body.put("description", "Hướng dẫn chấm điểm tiêu chí " + code);
        body.put("group", "Nhóm chuyên môn");
        body.put("kind", "STANDARD");
        body.put("maxPoints", maxPoints);
        body.put("appliesTo", "BOTH");
        return body;
    }

    static Map<String, Object> asBody(Criterion c) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", c.getCode());
        body.put("title", c.getTitle());
        body.put("description", c.getDescription());
        body.put("group", c.getGroup());
        body.put("kind", c.getKind().name());
        body.put("maxPoints", c.getMaxPoints());
        body.put("appliesTo", c.getAppliesTo().name());
        body.put("version", c.getVersion());
        return body;
    }

    private String path(Campaign campaign) {
        return "/api/v1/campaigns/" + campaign.getId() + "/criteria";
    }

    private List<String> codes(Campaign campaign) {
        return criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).stream().map(Criterion::getCode).toList();
    }

    @Test
    void criteriaAreAddedInOrderAndListedByPosition() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua có ba tiêu chí");
        String admin = fixtures.admin();
        api.post(admin, criterion(" c1 ", 40), path(campaign))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("C1"))
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.group").value("Nhóm chuyên môn"))
                .andExpect(jsonPath("$.maxPoints").value(40.0))
                .andExpect(jsonPath("$.version").value(0));
        api.post(admin, criterion("C2", 12.5), path(campaign))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(2))
                .andExpect(jsonPath("$.maxPoints").value(12.5));
        Map<String, Object> first = criterion("C0", 47.5);
        first.put("position", 1);
        api.post(admin, first, path(campaign)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(1));

        api.get(admin, path(campaign))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("C0", "C1", "C2")))
                .andExpect(jsonPath("$[*].position").value(org.hamcrest.Matchers.contains(1, 2, 3)))
                .andExpect(jsonPath("$[0].title").value("Hoàn thành nhiệm vụ C0"))
                .andExpect(jsonPath("$[0].description").value("Hướng dẫn chấm điểm tiêu chí C0"))
                .andExpect(jsonPath("$[0].appliesTo").value("BOTH"))
                .andExpect(jsonPath("$[0].kind").value("STANDARD"));
        api.get(admin, path(campaign) + "/sums")
                .andExpect(jsonPath("$.individual").value(100.0))
                .andExpect(jsonPath("$.collective").value(100.0))
                .andExpect(jsonPath("$.individualWarning").value(false))
                .andExpect(jsonPath("$.collectiveWarning").value(false));
    }

    @Test
    void criteriaAreReorderedAndDeletedInDraftAndTheRestAreRenumbered() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua sắp xếp tiêu chí");
        String admin = fixtures.admin();
        for (String code : List.of("A", "B", "C", "D")) {
            campaigns.criterion(campaign, code, CriterionKind.STANDARD, "25", AppliesTo.BOTH);
        }
        Criterion d = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(3);
        Map<String, Object> move = asBody(d);
        move.put("position", 1);
        api.put(admin, move, path(campaign) + "/" + d.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(1));
        assertThat(codes(campaign)).containsExactly("D", "A", "B", "C");

        Criterion a = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(1);
        api.delete(admin, path(campaign) + "/" + a.getId() + "?version=" + a.getVersion())
                .andExpect(status().isNoContent());
        assertThat(codes(campaign)).containsExactly("D", "B", "C");
        assertThat(criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()))
                .extracting(Criterion::getPosition).containsExactly(1, 2, 3);

        api.get(admin, "/api/v1/audit?entity=CRITERION&entityId=" + a.getId())
                .andExpect(jsonPath("$.items[0].action").value("DELETED"))
                .andExpect(jsonPath("$.items[0].campaignId").value(campaign.getId()));
    }

    @Test
    void badMaximumPointsAreRefusedNamingTheField() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua điểm sai");
        String admin = fixtures.admin();
        api.post(admin, criterion("C1", 0), path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPoints')].message").value(hasItem("phải lớn hơn 0")));
        api.post(admin, criterion("C1", -5), path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPoints')].message").value(hasItem("phải lớn hơn 0")));
        api.post(admin, criterion("C1", 12.345), path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPoints')].message")
                        .value(hasItem("tối đa 2 chữ số thập phân")));
        api.post(admin, criterion("C1", 10000), path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPoints')].message")
                        .value(hasItem("không được vượt quá 9999,99")));
        Map<String, Object> incomplete = criterion("C 1", 10);
        incomplete.remove("title");
        incomplete.remove("appliesTo");
        api.post(admin, incomplete, path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("không được để trống")))
                .andExpect(jsonPath("$.errors[?(@.field == 'appliesTo')].message").value(hasItem("không được để trống")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").isNotEmpty());
        Map<String, Object> badKind = criterion("C1", 10);
        badKind.put("kind", "EXTRA");
        api.post(admin, badKind, path(campaign))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(codes(campaign)).isEmpty();
    }

    @Test
    void aDuplicateCodeInTheSameCampaignIsAConflictButAnotherCampaignMayUseIt() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua mã trùng");
        Campaign other = campaigns.draft("Đợt thi đua khác");
        String admin = fixtures.admin();
        api.post(admin, criterion("C1", 50), path(campaign)).andExpect(status().isCreated());
        api.post(admin, criterion("c1", 50), path(campaign))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Mã tiêu chí \"C1\" đã có trong đợt thi đua này."));
        api.post(admin, criterion("C1", 50), path(other)).andExpect(status().isCreated());
        assertThat(codes(campaign)).containsExactly("C1");

        Criterion c2 = campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "50", AppliesTo.BOTH);
        Map<String, Object> rename = asBody(c2);
        rename.put("code", "C1");
        api.put(admin, rename, path(campaign) + "/" + c2.getId()).andExpect(status().isConflict());
    }

    @Test
    void afterDraftTheStructureIsLockedButTheWordingMayChangeAndIsAudited() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đã khóa tiêu chí"),
                CampaignStatus.REGISTRATION);
        String admin = fixtures.admin();
        Criterion c1 = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(0);

        api.post(admin, criterion("C2", 10), path(campaign))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Đăng ký thi đua; chỉ thêm được "
                        + "tiêu chí khi ở trạng thái Dự thảo."));
        api.delete(admin, path(campaign) + "/" + c1.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đang ở trạng thái Đăng ký thi đua")));
        for (Map.Entry<String, Object[]> change : Map.of(
                "điểm tối đa", new Object[] {"maxPoints", 90},
                "mã tiêu chí", new Object[] {"code", "C9"},
                "loại tiêu chí", new Object[] {"kind", "BONUS"},
                "đối tượng áp dụng", new Object[] {"appliesTo", "INDIVIDUAL"}).entrySet()) {
            Map<String, Object> body = asBody(c1);
            body.put((String) change.getValue()[0], change.getValue()[1]);
            api.put(admin, body, path(campaign) + "/" + c1.getId())
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Đăng ký thi đua; không thể "
                            + "thay đổi " + change.getKey() + " của tiêu chí (chỉ sửa được khi ở trạng thái Dự thảo)."));
        }
        assertThat(criteria.findById(c1.getId()).orElseThrow().getVersion()).isEqualTo(c1.getVersion());

        Map<String, Object> wording = asBody(c1);
        wording.put("title", "Hoàn thành xuất sắc nhiệm vụ chuyên môn");
        wording.put("description", "Chấm theo kết quả thực hiện\nchương trình công tác.");
        wording.put("group", "Chuyên môn");
        api.put(admin, wording, path(campaign) + "/" + c1.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Hoàn thành xuất sắc nhiệm vụ chuyên môn"))
                .andExpect(jsonPath("$.group").value("Chuyên môn"))
                .andExpect(jsonPath("$.maxPoints").value(100.0))
                .andExpect(jsonPath("$.version").value(c1.getVersion() + 1));
        api.get(admin, "/api/v1/audit?entity=CRITERION&entityId=" + c1.getId())
                .andExpect(jsonPath("$.items[0].action").value("UPDATED"))
                .andExpect(jsonPath("$.items[0].campaignId").value(campaign.getId()))
                .andExpect(jsonPath("$.items[0].oldValue", containsString("\"title\":\"Tiêu chí C1\"")))
                .andExpect(jsonPath("$.items[0].newValue",
                        containsString("\"title\":\"Hoàn thành xuất sắc nhiệm vụ chuyên môn\"")));
    }

    @Test
    void nothingOfTheCriteriaChangesInAClosedCampaign() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đóng tiêu chí"),
                CampaignStatus.CLOSED);
        Criterion c1 = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(0);
        Map<String, Object> wording = asBody(c1);
        wording.put("title", "Tên sửa muộn");
        api.put(fixtures.admin(), wording, path(campaign) + "/" + c1.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Đã kết thúc; không thể sửa tiêu chí."));
        assertThat(criteria.findById(c1.getId()).orElseThrow().getTitle()).isEqualTo("Tiêu chí C1");
    }

    @Test
    void aStaleCriterionVersionIsAConflict() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua sửa tiêu chí đồng thời");
        Criterion c1 = campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "100", AppliesTo.BOTH);
        String admin = fixtures.admin();
        Map<String, Object> first = asBody(c1);
        first.put("title", "Lần sửa thứ nhất");
        api.put(admin, first, path(campaign) + "/" + c1.getId()).andExpect(status().isOk());
        Map<String, Object> second = asBody(c1);
        second.put("title", "Lần sửa ghi đè");
        api.put(admin, second, path(campaign) + "/" + c1.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã được người khác thay đổi")));
        api.delete(admin, path(campaign) + "/" + c1.getId() + "?version=" + c1.getVersion())
                .andExpect(status().isConflict());
        Map<String, Object> noVersion = asBody(c1);
        noVersion.remove("version");
        api.put(admin, noVersion, path(campaign) + "/" + c1.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(criteria.findById(c1.getId()).orElseThrow().getTitle()).isEqualTo("Lần sửa thứ nhất");
    }

    @Test
    void sumsWarnWhenTheStandardPointsOfASubjectTypeAreNot100() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua thiếu 5 điểm");
        campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "60", AppliesTo.BOTH);
        campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "35", AppliesTo.INDIVIDUAL);
        campaigns.criterion(campaign, "C3", CriterionKind.STANDARD, "40", AppliesTo.COLLECTIVE);
        campaigns.criterion(campaign, "B1", CriterionKind.BONUS, "5", AppliesTo.BOTH);
        campaigns.criterion(campaign, "P1", CriterionKind.PENALTY, "10", AppliesTo.INDIVIDUAL);
        api.get(fixtures.admin(), path(campaign) + "/sums")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individual").value(95.0))
                .andExpect(jsonPath("$.individualWarning").value(true))
                .andExpect(jsonPath("$.collective").value(100.0))
                .andExpect(jsonPath("$.collectiveWarning").value(false));
    }

    @Test
    void noWarningForASubjectTypeWithoutCriteria() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua chỉ cho cá nhân");
        campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "100", AppliesTo.INDIVIDUAL);
        String json = api.get(fixtures.admin(), path(campaign) + "/sums")
                .andReturn().getResponse().getContentAsString();
        assertThat(Json.read(json).get("collective").asDouble()).isZero();
        assertThat(Json.read(json).get("collectiveWarning").asBoolean()).isFalse();
        assertThat(Json.read(json).get("individualWarning").asBoolean()).isFalse();
    }

    @Test
    void aCriterionOfAnotherCampaignIsNotFound() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua thứ nhất");
        Campaign other = campaigns.draft("Đợt thi đua thứ hai");
        Criterion c1 = campaigns.criterion(other, "C1", CriterionKind.STANDARD, "100", AppliesTo.BOTH);
        api.put(fixtures.admin(), asBody(c1), path(campaign) + "/" + c1.getId()).andExpect(status().isNotFound());
        api.delete(fixtures.admin(), path(campaign) + "/" + c1.getId()).andExpect(status().isNotFound());
        assertThat(criteria.findById(c1.getId())).isPresent();
    }
}
