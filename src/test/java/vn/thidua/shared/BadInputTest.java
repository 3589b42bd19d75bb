package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.pledge.PledgeFixtures;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, bad input: what a careless or hostile client may send gets a 400 naming the parameter or
 * field and the rule (a 413 for a body too large), never a 500 or a misleading 409, in both languages.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    static final String EVALUATION = "/api/v1/campaigns/{id}/evaluations/{type}/{subjectId}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    CampaignFixtures campaignFixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    UnitRepository units;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    CampaignRepository campaigns;

    // ---- ?q={a} on the registration list

    @Test
    void aSearchWithBracesOnTheRegistrationListIsJustASearch() throws Exception {
        PledgeFixtures.Org org = pledges.org();
        Campaign campaign = pledges.open("Đợt thi đua tìm kiếm " + Fixtures.unique(""));
        String html = page(mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("q", "{a}")
                .with(fixtures.as(org.vuHeadUser()))).andExpect(status().isOk()));
        assertThat(html).contains("value=\"{a}\"").doesNotContain("Phạm Thị Thu Hương")
                .contains("name=\"back\" value=\"/campaigns/" + campaign.getId() + "/registrations?q=%7Ba%7D&page=0\"");
        html = page(mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("q", "Hương}")
                .with(fixtures.as(org.vuHeadUser()))).andExpect(status().isOk()));
        assertThat(html).contains("value=\"Hương}\"");
    }

    // ---- points: 1e999

    @Test
    void pointsBeyondAnyNumberAreOutOfRangeNamingTheCriterion() throws Exception {
        EvaluationFixtures.Org org = evaluations.org();
        Campaign campaign = evaluations.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        Map<String, Long> c = evaluations.criteria(campaign);
        String self = "{\"version\": 0, \"scores\": [{\"criterionId\": " + c.get("C1") + ", \"points\": 1e999}]}";
        json(put(EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()), org.mA1User(), self, "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60."));
        json(put(EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()), org.mA1User(),
                self.replace("1e999", "-1e999"), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value("Criterion C1 “Tiêu chí C1”: points must be within 0–60."));
        // a number too small to be told from 0 is not silently 0 points
        json(put(EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()), org.mA1User(),
                self.replace("1e999", "1e-999"), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("tối đa hai chữ số thập phân")));

        evaluations.advance(campaign, CampaignStatus.SCORING);
        json(put(EVALUATION + "/review", campaign.getId(), "INDIVIDUAL", org.mA1().getId()), org.hA1User(),
                "{\"version\": 0, \"scores\": [{\"criterionId\": " + c.get("C2") + ", \"points\": 1E+999}]}", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value("Tiêu chí C2 “Tiêu chí C2”: điểm phải trong khoảng 0–40."));
        api.get(org.hA1User(), EVALUATION, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$.version").value(0));
    }

    // ---- page=2147483647

    @Test
    void aPageNumberBeyondTheLimitIs400NamingThePageOnTheApi() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = pledges.open("Đợt thi đua trang lớn " + Fixtures.unique(""));
        for (String url : List.of("/api/v1/individuals", "/api/v1/accounts", "/api/v1/audit",
                "/api/v1/campaigns/" + campaign.getId() + "/pledges",
                "/api/v1/campaigns/" + campaign.getId() + "/rankings/individuals")) {
            mvc.perform(get(url).param("page", "2147483647").with(fixtures.basic(admin)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value("số trang phải từ 0 đến 1.000.000"));
        }
        mvc.perform(get("/api/v1/individuals").param("page", "1000001").with(fixtures.basic(admin))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("page must be between 0 and 1,000,000"));
        mvc.perform(get("/api/v1/individuals").param("page", "1000000").with(fixtures.basic(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void aPageNumberBeyondTheLimitIs400NamingThePageOnThePages() throws Exception {
        PledgeFixtures.Org org = pledges.org();
        Campaign campaign = pledges.open("Đợt thi đua trang lớn " + Fixtures.unique(""));
        mvc.perform(get("/admin/individuals").param("page", "2147483647").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("số trang phải từ 0 đến 1.000.000")));
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("page", "2147483647")
                        .with(fixtures.as(org.vuHeadUser())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("số trang phải từ 0 đến 1.000.000")));
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("page", "2147483647")
                        .param("lang", "en").with(fixtures.as(org.vuHeadUser())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page must be between 0 and 1,000,000")));
    }

    @Test
    void aHugePageOfTheReviewGridIs400NamingThePageNotAConflict() throws Exception {
        EvaluationFixtures.Org org = evaluations.org();
        Campaign campaign = evaluations.campaign(CampaignStatus.SCORING, org.a().getId(), org.b().getId());
        // 4294968 × 500 rows overflows an int: the offset turned negative and the database refused it (409)
        for (String page : List.of("4294968", "2147483647")) {
            mvc.perform(get("/campaigns/{id}/review", campaign.getId()).param("page", page)
                            .with(fixtures.as(org.boardUser())))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("số trang phải từ 0 đến 1.000.000")));
        }
        mvc.perform(get("/campaigns/{id}/review/units", campaign.getId()).param("page", "4294968")
                        .with(fixtures.as(org.boardUser())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/campaigns/{id}/review", campaign.getId()).param("page", "1")
                        .with(fixtures.as(org.boardUser())))
                .andExpect(status().isOk());
    }

    // ---- a line break in the back field

    @Test
    void aLineBreakInTheBackFieldIs400NamingItAndDecidesNothing() throws Exception {
        PledgeFixtures.Org org = pledges.org();
        Campaign campaign = pledges.open("Đợt thi đua quay lại " + Fixtures.unique(""));
        JsonNode pledge = submitted(campaign, org.staffA1User(), org);
        String back = "/campaigns/" + campaign.getId() + "/registrations\r\nSet-Cookie: x=1";
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE").param("back", back)
                        .param("pledge", pledge.get("id").asLong() + ":" + pledge.get("version").asLong()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Tham số “back” phải là một đường dẫn trong ứng dụng.")));
        assertThat(pledges.pledge(pledge.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE").param("back", back).param("lang", "en")
                        .param("pledge", pledge.get("id").asLong() + ":" + pledge.get("version").asLong()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Parameter “back” must be a path within the application.")));
        // a path of the campaign is still where the decision goes back to
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE")
                        .param("back", "/campaigns/" + campaign.getId() + "/registrations?q=%7Ba%7D&page=0")
                        .param("pledge", pledge.get("id").asLong() + ":" + pledge.get("version").asLong()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(
                        "/campaigns/" + campaign.getId() + "/registrations?q=%7Ba%7D&page=0"));
        assertThat(pledges.pledge(pledge.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.APPROVED);
    }

    // ---- a NUL byte (PostgreSQL refuses it in text)

    @Test
    void aNulByteInAJsonFieldIs400NamingTheField() throws Exception {
        String admin = fixtures.admin();
        String code = Fixtures.unique("NUL");
        json(post("/api/v1/units"), admin, "{\"code\": \"" + code + "\", \"name\": \"Vụ\\u0000Tổng hợp\"}", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+0000)"));
        json(post("/api/v1/units"), admin, "{\"code\": \"" + code + "\", \"name\": \"Vụ\\u0000Tổng hợp\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("contains a character that is not allowed (U+0000)"));
        assertThat(units.findByCode(code)).isEmpty();

        EvaluationFixtures.Org org = evaluations.org();
        Campaign campaign = evaluations.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        Map<String, Long> c = evaluations.criteria(campaign);
        json(put(EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()), org.mA1User(),
                "{\"version\": 0, \"scores\": [{\"criterionId\": " + c.get("C1") + ", \"points\": 10, \"note\": \"Đã xong\\u0000\"}]}",
                "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].note"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+0000)"));
    }

    @Test
    void aNulByteInAQueryParameterIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/individuals").param("q", "Nguyễn\u0000").with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Tham số “q” chứa ký tự không được phép (U+0000)."));
        mvc.perform(get("/api/v1/accounts").param("q", "a\u0000").with(fixtures.basic(fixtures.admin()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Parameter “q” contains a character that is not allowed (U+0000)."));
        PledgeFixtures.Org org = pledges.org();
        Campaign campaign = pledges.open("Đợt thi đua ký tự lạ " + Fixtures.unique(""));
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("q", "Hương\u0000")
                        .with(fixtures.as(org.vuHeadUser())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tham số “q” chứa ký tự không được phép (U+0000).")));
    }

    @Test
    void aNulByteInAPageFormIs400NamingTheFieldAndNothingIsSaved() throws Exception {
        String code = Fixtures.unique("NUL");
        mvc.perform(post("/admin/units/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code).param("name", "Vụ\u0000Tổng hợp"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tham số “name” chứa ký tự không được phép (U+0000).")));
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aNulByteInTheSignInNameIsAFailedSignInNotAnError(CapturedOutput output) throws Exception {
        String admin = fixtures.admin();
        String withNul = admin.substring(0, 3) + "\u0000" + admin.substring(3);
        mvc.perform(post("/login").with(csrf()).param("username", withNul).param("password", Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(withNul, Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(output.getAll()).doesNotContain("InternalAuthenticationServiceException");
    }

    // ---- dates outside 1900–2100

    @Test
    void campaignDatesOutside1900To2100AreRefusedNamingTheField() throws Exception {
        String admin = fixtures.admin();
        Map<String, Object> body = campaign(Fixtures.unique("DATE"));
        body.put("startDate", "-0001-01-01");
        mvc.perform(post("/api/v1/campaigns").with(fixtures.basic(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value("phải là ngày từ 01/01/1900 đến 31/12/2100"));
        body.put("startDate", "2020-07-10");
        body.put("endDate", "+10000-12-31");
        body.put("decisionDate", "1899-12-31");
        mvc.perform(post("/api/v1/campaigns").with(fixtures.basic(admin)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(Json.of(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')].message")
                        .value("must be a date from 01/01/1900 to 31/12/2100"))
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionDate')].message")
                        .value("must be a date from 01/01/1900 to 31/12/2100"));
        assertThat(campaigns.findByCode(body.get("code").toString())).isEmpty();

        String code = Fixtures.unique("DATE");
        String html = page(mvc.perform(post("/campaigns/new").with(fixtures.as(admin)).with(csrf())
                        .param("code", code).param("name", "Đợt thi đua năm 1").param("kind", "THEMATIC")
                        .param("startDate", "01/01/0001").param("endDate", "30/08/2020")
                        .param("registrationDeadline", "20/07/2020")
                        .param("thresholds.excellent", "90").param("thresholds.good", "70")
                        .param("thresholds.pass", "50"))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"startDateError\"").contains("phải là ngày từ 01/01/1900 đến 31/12/2100");
        assertThat(campaigns.findByCode(code)).isEmpty();
    }

    // ---- invisible names, right-to-left overrides, control characters

    @Test
    void namesOfOnlyInvisibleSpacesAreBlank() throws Exception {
        String admin = fixtures.admin();
        String invisible = "\u200B\u00A0\u3000\uFEFF\u2060";
        String code = Fixtures.unique("INV");
        json(post("/api/v1/units"), admin, Json.of(Map.of("code", code, "name", invisible)), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("không được để trống"));
        assertThat(units.findByCode(code)).isEmpty();

        Fixtures.Team team = fixtures.team("Vụ Vô hình " + Fixtures.unique(""));
        json(post("/api/v1/individuals"), admin, Json.of(Map.of("code", Fixtures.unique("INV"), "fullName", invisible,
                        "unitId", team.unit().getId())), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));

        Map<String, Object> body = campaign(Fixtures.unique("INV"));
        body.put("name", invisible);
        json(post("/api/v1/campaigns"), admin, Json.of(body), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("không được để trống"));

        Campaign draft = campaignFixtures.draft("Đợt thi đua tiêu chí vô hình " + Fixtures.unique(""));
        json(post("/api/v1/campaigns/" + draft.getId() + "/criteria"), admin, Json.of(Map.of("code", "C1",
                        "title", invisible, "kind", "STANDARD", "maxPoints", 10, "appliesTo", "BOTH")), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("không được để trống"));

        // an account's name was never more than letters, digits and . _ @ -
        json(post("/api/v1/accounts"), admin, Json.of(Map.of("username", invisible, "password", Fixtures.PASSWORD,
                        "roles", List.of("STAFF"))), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ @ -"));

        String html = page(mvc.perform(post("/admin/units/new").with(fixtures.as(admin)).with(csrf())
                        .param("code", code).param("name", invisible))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"nameError\"").contains("không được để trống");
        assertThat(units.findByCode(code)).isEmpty();

        // a name with an ordinary no-break space inside is kept, with a plain space
        String spaced = Fixtures.unique("INV");
        json(post("/api/v1/units"), admin, Json.of(Map.of("code", spaced, "name", "\u00A0Vụ\u00A0Pháp chế\u200B")), "vi")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Vụ Pháp chế"));
    }

    @Test
    void rightToLeftOverridesAndControlCharactersInNamesAreRefusedNamingTheField() throws Exception {
        String admin = fixtures.admin();
        String code = Fixtures.unique("RLO");
        json(post("/api/v1/units"), admin, Json.of(Map.of("code", code, "name", "Vụ \u202Eaxl.exe")), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+202E)"));
        json(post("/api/v1/units"), admin, Json.of(Map.of("code", code, "name", "Vụ \u2067Tổng hợp")), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("contains a character that is not allowed (U+2067)"));
        json(post("/api/v1/units"), admin, Json.of(Map.of("code", code, "name", "Vụ\u0007Tổng hợp")), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+0007)"));
        assertThat(units.findByCode(code)).isEmpty();

        Fixtures.Team team = fixtures.team("Vụ Đảo chiều " + Fixtures.unique(""));
        json(post("/api/v1/individuals"), admin, Json.of(Map.of("code", Fixtures.unique("RLO"),
                        "fullName", "Nguyễn \u202EnăV", "unitId", team.unit().getId(), "position", "Chuyên viên\u202E")), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value("chứa ký tự không được phép (U+202E)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'position')].message").value("chứa ký tự không được phép (U+202E)"));

        Map<String, Object> body = campaign(Fixtures.unique("RLO"));
        body.put("goals", "Mục tiêu\u202E");
        json(post("/api/v1/campaigns"), admin, Json.of(body), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+202E)"));

        Campaign draft = campaignFixtures.draft("Đợt thi đua tiêu chí đảo chiều " + Fixtures.unique(""));
        json(post("/api/v1/campaigns/" + draft.getId() + "/criteria"), admin, Json.of(Map.of("code", "C1",
                        "title", "Tiêu chí \u202Eabc", "kind", "STANDARD", "maxPoints", 10, "appliesTo", "BOTH")), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("chứa ký tự không được phép (U+202E)"));

        String html = page(mvc.perform(post("/admin/units/new").with(fixtures.as(admin)).with(csrf())
                        .param("code", code).param("name", "Vụ \u202EPháp chế"))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"nameError\"").contains("chứa ký tự không được phép (U+202E)");
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aBadCharacterInAnImportedNameIsABadRowAndNothingIsImported() throws Exception {
        String unitCode = Fixtures.unique("IMP");
        String csv = "unitCode,unitName,parentUnitCode,individualCode,fullName,position,email\r\n"
                + unitCode + ",Vụ Nhập khẩu,," + Fixtures.unique("P") + ",Nguyễn \u202EnăV,Chuyên viên,\r\n";
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "co-cau.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("chứa ký tự không được phép (U+202E)")));
        assertThat(units.findByCode(unitCode)).isEmpty();
    }

    // ---- JSON bodies over 1 MB

    @Test
    void aJsonBodyOverOneMegabyteIs413AndIsNotRead() throws Exception {
        String name = "a".repeat(1024 * 1024);
        String code = Fixtures.unique("BIG");
        mvc.perform(post("/api/v1/units").with(fixtures.basic(fixtures.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("Nội dung quá lớn"))
                .andExpect(jsonPath("$.detail").value("Nội dung yêu cầu vượt quá dung lượng cho phép (1 MB)."));
        mvc.perform(post("/api/v1/units").with(fixtures.basic(fixtures.admin())).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("The request body is larger than allowed (1 MB)."));
        assertThat(units.findByCode(code)).isEmpty();
        // just under the limit the body is read and answered as usual
        mvc.perform(post("/api/v1/units").with(fixtures.basic(fixtures.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": \"" + "a".repeat(1000 * 1000) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    // ---- helpers

    private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String user, String body, String language) throws Exception {
        return mvc.perform(request.with(fixtures.basic(user)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode submitted(Campaign campaign, String user, PledgeFixtures.Org org) throws Exception {
        JsonNode p = Json.read(api.post(user, pledges.individualBody(campaign, org.staffA1()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        return Json.read(api.post(user, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/submit",
                p.get("id").asLong()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> campaign(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Đợt thi đua kiểm tra dữ liệu");
        body.put("kind", "THEMATIC");
        body.put("startDate", "2020-07-10");
        body.put("endDate", "2020-08-30");
        body.put("registrationDeadline", "2020-07-20");
        return body;
    }

    private static String page(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
