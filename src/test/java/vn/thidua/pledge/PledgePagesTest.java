package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff pages: my campaigns, the pledge form, the pledge and its printable view. */
@IntegrationTest
class PledgePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    PledgeRepository repository;

    @Autowired
    JdbcClient jdbc;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua trang " + Fixtures.unique(""));
    }

    MockHttpServletRequestBuilder form(String user, String action) {
        return form(user, action, "Xử lý 100% hồ sơ trên môi trường mạng", "Tham gia hội thao");
    }

    MockHttpServletRequestBuilder form(String user, String action, String i1, String extra) {
        return post("/campaigns/{id}/pledges/new", campaign.getId()).with(pledges.fixtures().as(user)).with(csrf())
                .param("subjectType", "INDIVIDUAL")
                .param("targetTitle", "LDTT")
                .param("commitments[0].criterionId", pledges.criterion(campaign, "I1").getId().toString())
                .param("commitments[0].text", i1)
                .param("commitments[1].criterionId", pledges.criterion(campaign, "C1").getId().toString())
                .param("commitments[1].text", "")
                .param("commitments[2].criterionId", pledges.criterion(campaign, "B1").getId().toString())
                .param("commitments[2].text", "Có ít nhất một sáng kiến")
                .param("extraCommitments", extra)
                .param("action", action);
    }

    Pledge own() {
        return repository.findByCampaignIdAndSubjectTypeAndSubjectId(campaign.getId(), SubjectType.INDIVIDUAL,
                org.staffA1().getId()).orElseThrow();
    }

    @Test
    void myCampaignsListsTheOpenCampaignWithMyStatusAndTheDeadline() throws Exception {
        String deadline = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(campaign.getRegistrationDeadline());
        mvc.perform(get("/pledges").with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(campaign.getName())))
                .andExpect(content().string(containsString(deadline)))
                .andExpect(content().string(containsString("Chưa đăng ký")))
                .andExpect(content().string(containsString("id=\"register-" + campaign.getCode() + "\"")));
        // read in the campaign's own row (other open campaigns of the shared database have rows too);
        // PledgeFixtures.open: registration until today + 20 days
        String row = Html.element(page(get("/pledges"), org.staffA1User()), "my-" + campaign.getCode());
        assertThat(Html.cells(row)).containsExactly(campaign.getName(), "Đăng ký thi đua",
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(PledgeFixtures.today().plusDays(20)),
                "Chưa đăng ký", "Đăng ký");
        assertThat(Html.text(row, "myStatus-" + campaign.getCode())).isEqualTo("Chưa đăng ký");
        assertThat(Html.attribute(row, "register-" + campaign.getCode(), "href"))
                .isEqualTo("/campaigns/" + campaign.getId() + "/pledges/new");
        assertThat(Html.has(row, "open-" + campaign.getCode())).isFalse();

        mvc.perform(form(org.staffA1User(), "save")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/pledges").with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(content().string(containsString("id=\"open-" + campaign.getCode() + "\"")))
                .andExpect(content().string(containsString(">Nháp<")));
        row = Html.element(page(get("/pledges"), org.staffA1User()), "my-" + campaign.getCode());
        assertThat(Html.text(row, "myStatus-" + campaign.getCode())).isEqualTo("Nháp");
        assertThat(Html.attribute(row, "open-" + campaign.getCode(), "href")).isEqualTo("/pledges/" + own().getId());
        assertThat(Html.has(row, "register-" + campaign.getCode())).isFalse();
        // someone else of the unit still has no pledge in this campaign
        assertThat(Html.text(page(get("/pledges"), org.staffA1bUser()), "myStatus-" + campaign.getCode()))
                .isEqualTo("Chưa đăng ký");
    }

    String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(pledges.fixtures().as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(form(org.staffA1User(), "submit")).andExpect(status().is3xxRedirection());
        Pledge pledge = own();
        mvc.perform(get("/pledges").param("lang", "en").with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(content().string(containsString("My campaigns")))
                .andExpect(content().string(containsString(">Submitted<")));
        mvc.perform(get("/pledges/{id}", pledge.getId()).param("lang", "en").with(pledges.fixtures().as(org.phongHeadUser())))
                .andExpect(content().string(containsString("Review the pledge")))
                .andExpect(content().string(containsString("Advanced Worker")));
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("lang", "en")
                        .with(pledges.fixtures().as(org.phongHeadUser())))
                .andExpect(content().string(containsString("Registration list")))
                .andExpect(content().string(containsString("Not registered: 2")));
    }

    @Test
    void boardAndAdminFindTheOverviewAndTheCampaignPageStillShowsItsHistory() throws Exception {
        mvc.perform(form(org.staffA1User(), "submit")).andExpect(status().is3xxRedirection());
        String board = pledges.fixtures().board();
        mvc.perform(get("/registrations").with(pledges.fixtures().as(board))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overview-" + campaign.getCode() + "\"")));
        mvc.perform(get("/pledges").with(pledges.fixtures().as(board))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overview-" + campaign.getCode() + "\"")));
        mvc.perform(get("/registrations").with(pledges.fixtures().as(org.phongHeadUser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"registrations-" + campaign.getCode() + "\"")))
                .andExpect(content().string(not(containsString("id=\"overview-" + campaign.getCode() + "\""))));
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(pledges.fixtures().as(pledges.fixtures().admin())))
                .andExpect(status().isOk());

        // the links are in the campaign's own row and lead to its overview and list
        String overview = "/campaigns/" + campaign.getId() + "/registrations/overview";
        for (String reader : new String[] {board, pledges.fixtures().admin()}) {
            String list = page(get("/registrations"), reader);
            String row = Html.element(list, "review-" + campaign.getCode());
            assertThat(Html.cells(row).get(0)).isEqualTo(campaign.getName());
            assertThat(Html.attribute(row, "overview-" + campaign.getCode(), "href")).isEqualTo(overview);
            assertThat(Html.attribute(row, "registrations-" + campaign.getCode(), "href"))
                    .isEqualTo("/campaigns/" + campaign.getId() + "/registrations");
            mvc.perform(get(overview).with(pledges.fixtures().as(reader))).andExpect(status().isOk());
        }
        String mine = page(get("/pledges"), board);
        assertThat(Html.text(mine, "overview-" + campaign.getCode())).isEqualTo(campaign.getName());
        assertThat(Html.attribute(mine, "overview-" + campaign.getCode(), "href")).isEqualTo(overview);
        String headList = page(get("/registrations"), org.phongHeadUser());
        assertThat(Html.attribute(Html.element(headList, "review-" + campaign.getCode()),
                "registrations-" + campaign.getCode(), "href"))
                .isEqualTo("/campaigns/" + campaign.getId() + "/registrations");

        // the campaign's history after the pledge: how the campaign was set up, newest first
        // (PledgeFixtures.campaign: created, criteria I1, K1, C1, B1 added, moved to registration)
        String history = Html.element(page(get("/campaigns/{id}", campaign.getId()), pledges.fixtures().admin()),
                "campaignHistory");
        List<List<String>> rows = historyRows(history);
        assertThat(rows).extracting(r -> r.get(2)).containsExactly("Chuyển giai đoạn", "Thêm tiêu chí B1",
                "Thêm tiêu chí C1", "Thêm tiêu chí K1", "Thêm tiêu chí I1", "Tạo đợt thi đua");
        assertThat(rows).extracting(r -> r.get(1)).containsOnly("test");
        assertThat(rows.get(0).get(3)).isEqualTo("Giai đoạn: Dự thảo → Đăng ký thi đua");
        // staff read the campaign without its history
        assertThat(page(get("/campaigns/{id}", campaign.getId()), org.staffA1User())).doesNotContain("id=\"campaignHistory\"");
    }

    /** The history table's rows (header excluded), each as its cells. */
    static List<List<String>> historyRows(String table) {
        String body = table.substring(table.indexOf("<tbody"));
        List<List<String>> rows = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr[^>]*>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
                .matcher(body);
        while (m.find()) {
            rows.add(Html.cells(m.group()));
        }
        return rows;
    }

    @Test
    void theFormShowsTheIndividualsCriteriaWithGuidanceAndTheirTitles() throws Exception {
        mvc.perform(get("/campaigns/{id}/pledges/new", campaign.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí I1")))
                .andExpect(content().string(containsString("Hướng dẫn chấm I1")))
                .andExpect(content().string(containsString("Tiêu chí C1")))
                .andExpect(content().string(not(containsString("Tiêu chí K1"))))
                .andExpect(content().string(containsString("Lao động tiên tiến")))
                .andExpect(content().string(containsString("Chiến sĩ thi đua cơ sở")))
                .andExpect(content().string(not(containsString("Tập thể lao động tiên tiến"))));
    }

    @Test
    void savingADraftThenSubmittingFromThePledgePage() throws Exception {
        mvc.perform(form(org.staffA1User(), "save")).andExpect(redirectedUrlPattern("/pledges/*"));
        Pledge pledge = own();
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(pledge.getCommitments()).hasSize(2);
        mvc.perform(get("/pledges/{id}", pledge.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xử lý 100% hồ sơ trên môi trường mạng")))
                .andExpect(content().string(containsString("id=\"submitPledge\"")));
        mvc.perform(post("/pledges/{id}/submit", pledge.getId()).with(pledges.fixtures().as(org.staffA1User()))
                .with(csrf()).param("version", String.valueOf(pledge.getVersion())))
                .andExpect(redirectedUrlPattern("/pledges/*"));
        assertThat(own().getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        // a second click with the old version changes nothing and says why
        mvc.perform(post("/pledges/{id}/submit", pledge.getId()).with(pledges.fixtures().as(org.staffA1User()))
                        .with(csrf()).param("version", String.valueOf(pledge.getVersion())))
                .andExpect(flash()
                        .attribute("flashError", containsString("\"Đã gửi\"")));
        mvc.perform(get("/pledges/{id}/edit", pledge.getId()).with(pledges.fixtures().as(org.staffA1bUser())))
                .andExpect(status().isForbidden());
        // the edit page of a submitted pledge says why it cannot be edited and offers no save
        mvc.perform(get("/pledges/{id}/edit", pledge.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể sửa bản đăng ký đang ở trạng thái &quot;Đã gửi&quot;")))
                .andExpect(content().string(not(containsString("id=\"saveDraft\""))))
                .andExpect(content().string(not(containsString("id=\"submitPledge\""))));
    }

    @Test
    void submittingStraightFromTheForm() throws Exception {
        mvc.perform(form(org.staffA1User(), "submit")).andExpect(redirectedUrlPattern("/pledges/*"));
        assertThat(own().getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
    }

    @Test
    void aSecondPledgeLeadsToTheExistingOne() throws Exception {
        mvc.perform(form(org.staffA1User(), "save")).andExpect(status().is3xxRedirection());
        Pledge existing = own();
        mvc.perform(form(org.staffA1User(), "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã có bản đăng ký thi đua trong đợt")))
                .andExpect(content().string(containsString("href=\"/pledges/" + existing.getId() + "\"")));
        mvc.perform(get("/campaigns/{id}/pledges/new", campaign.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(redirectedUrl("/pledges/" + existing.getId()));
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, org.staffA1().getId())).isEqualTo(1);
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheCurrentValues() throws Exception {
        mvc.perform(form(org.staffA1User(), "save")).andExpect(status().is3xxRedirection());
        Pledge pledge = own();
        mvc.perform(post("/pledges/{id}/edit", pledge.getId()).with(pledges.fixtures().as(org.staffA1User()))
                        .with(csrf()).param("version", String.valueOf(pledge.getVersion() + 3))
                        .param("extraCommitments", "Bản cũ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi")))
                .andExpect(content().string(containsString("Tham gia hội thao")));
        assertThat(own().getExtraCommitments()).isEqualTo("Tham gia hội thao");
    }

    @Test
    void afterTheDeadlineTheFormSaysSoAndNothingIsSaved() throws Exception {
        campaign = pledges.campaign("Đợt đã hết hạn " + Fixtures.unique(""), PledgeFixtures.today().minusDays(40),
                PledgeFixtures.today().plusDays(20), PledgeFixtures.today().minusDays(2), CampaignStatus.IN_PROGRESS);
        String deadline = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(PledgeFixtures.today().minusDays(2));
        mvc.perform(get("/campaigns/{id}/pledges/new", campaign.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(content().string(containsString("Đã hết hạn đăng ký thi đua (" + deadline + ")")))
                .andExpect(content().string(not(containsString("id=\"submitPledge\""))));
        mvc.perform(form(org.staffA1User(), "save")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hết hạn đăng ký thi đua (" + deadline + ")")));
        assertThat(pledges.count(campaign, SubjectType.INDIVIDUAL, org.staffA1().getId())).isZero();
    }

    @Test
    void scriptsInCommitmentsAreShownAsTextOnEveryPage() throws Exception {
        String script = "<script>alert('x')</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        mvc.perform(form(org.staffA1User(), "submit", script, img)).andExpect(status().is3xxRedirection());
        Pledge pledge = own();
        assertThat(pledge.getCommitments()).containsValue(script);
        assertThat(pledge.getExtraCommitments()).isEqualTo(img);
        for (String url : new String[] {"/pledges/{id}", "/pledges/{id}/print"}) {
            for (String user : new String[] {org.staffA1User(), org.phongHeadUser()}) {
                String html = mvc.perform(get(url, pledge.getId()).with(pledges.fixtures().as(user)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).doesNotContain(script).doesNotContain("<img src=x")
                        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
            }
        }
        String list = mvc.perform(get("/campaigns/{id}/registrations", campaign.getId())
                .with(pledges.fixtures().as(org.phongHeadUser()))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(script);
        // the list shows no commitment at all (registrations.html has no such column): the pledge is there,
        // in its row, and its commitments, escaped or not, are not
        String row = Html.element(list, "row-" + org.staffA1().getCode());
        assertThat(Html.text(row, "status-" + org.staffA1().getCode())).isEqualTo("Đã gửi");
        assertThat(Html.attribute(row, "view-" + org.staffA1().getCode(), "href")).isEqualTo("/pledges/" + pledge.getId());
        assertThat(list).doesNotContain("&lt;script&gt;alert(&#39;x&#39;)").doesNotContain("<img src=x");
        // what the list does show of a person is text too: markup in a position comes out escaped, in the row
        jdbc.sql("update individual set position = :p where id = :id").param("p", script)
                .param("id", org.staffA1().getId()).update();
        String again = mvc.perform(get("/campaigns/{id}/registrations", campaign.getId())
                .with(pledges.fixtures().as(org.phongHeadUser()))).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain(script);
        assertThat(Html.element(again, "row-" + org.staffA1().getCode()))
                .contains("<td data-label=\"Chức vụ\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>");
    }

    @Test
    void aReturnReasonWithMarkupIsStoredAsTextAndShownEscaped() throws Exception {
        String reason = "<script>alert('r')</script>\"><img src=y onerror=alert(2)>";
        mvc.perform(form(org.staffA1User(), "submit")).andExpect(status().is3xxRedirection());
        Pledge pledge = own();
        mvc.perform(post("/pledges/{id}/return", pledge.getId()).with(pledges.fixtures().as(org.phongHeadUser()))
                .with(csrf()).param("version", String.valueOf(pledge.getVersion())).param("reason", reason))
                .andExpect(status().is3xxRedirection());
        assertThat(own().getReturnReason()).isEqualTo(reason);
        for (String url : new String[] {"/pledges/{id}", "/pledges/{id}/edit"}) {
            String html = mvc.perform(get(url, pledge.getId()).with(pledges.fixtures().as(org.staffA1User())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(url).doesNotContain("<script>alert('r')").doesNotContain("<img src=y")
                    .contains("&lt;script&gt;alert(&#39;r&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=y onerror=alert(2)&gt;");
        }
    }

    @Test
    void theReturnReasonIsShownAndThePrintableViewHasTheCampaignAndTheme() throws Exception {
        mvc.perform(form(org.staffA1User(), "submit")).andExpect(status().is3xxRedirection());
        Pledge pledge = own();
        mvc.perform(post("/pledges/{id}/return", pledge.getId()).with(pledges.fixtures().as(org.phongHeadUser()))
                .with(csrf()).param("version", String.valueOf(pledge.getVersion())).param("reason", ""))
                .andExpect(flash()
                        .attribute("flashError", containsString("cần nêu lý do trả lại")));
        mvc.perform(post("/pledges/{id}/return", pledge.getId()).with(pledges.fixtures().as(org.phongHeadUser()))
                .with(csrf()).param("version", String.valueOf(pledge.getVersion()))
                .param("reason", "Bổ sung chỉ tiêu cụ thể")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/pledges/{id}", pledge.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(content().string(containsString("Bổ sung chỉ tiêu cụ thể")))
                .andExpect(content().string(containsString("Bị trả lại")))
                .andExpect(content().string(containsString("id=\"editPledge\"")));
        mvc.perform(get("/pledges/{id}/print", pledge.getId()).with(pledges.fixtures().as(org.staffA1User())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BẢN ĐĂNG KÝ THI ĐUA")))
                .andExpect(content().string(containsString(campaign.getName())))
                .andExpect(content().string(containsString("Đẩy nhanh tiến độ, bảo đảm chất lượng")))
                .andExpect(content().string(containsString("Phạm Thị Thu Hương")))
                .andExpect(content().string(containsString("Lao động tiên tiến")))
                .andExpect(content().string(containsString("Ký, ghi rõ họ tên")));
        mvc.perform(get("/pledges/{id}/print", pledge.getId()).with(pledges.fixtures().as(org.staffBUser())))
                .andExpect(status().isForbidden());
    }
}
