package vn.thidua.campaign;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work links each feature puts on a campaign's page, and the menu, by role and campaign
 * status: the table below is written by hand from the rules of pledges, evaluations and rankings
 * (DESIGN §2, §4). Every link has its text in both languages.
 */
@IntegrationTest
class CampaignWorkLinksTest {

    private static final Pattern WORK = Pattern.compile("id=\"(work[A-Za-z]+)\"");
    private static final Pattern MENU = Pattern.compile("class=\"(?:nav-link|dropdown-item)\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    Fixtures.Team team;
    String admin;
    String board;

    @BeforeEach
    void setUp() {
        team = fixtures.team("Vụ Liên kết " + Fixtures.unique(""));
        admin = fixtures.admin();
        board = fixtures.board();
    }

    @Test
    void eachRoleSeesTheWorkOfTheCampaignsStatus() throws Exception {
        Map<CampaignStatus, Map<String, List<String>>> expected = Map.of(
                CampaignStatus.REGISTRATION, Map.of(
                        "staff", List.of("workPledge"),
                        "head", List.of("workPledge", "workRegistrations"),
                        "board", List.of("workRegistrations", "workOverview", "workDashboard", "workSummary")),
                CampaignStatus.IN_PROGRESS, Map.of(
                        "staff", List.of("workPledge", "workSelfAssessment"),
                        "head", List.of("workPledge", "workRegistrations", "workSelfAssessment"),
                        "board", List.of("workRegistrations", "workOverview", "workDashboard", "workSummary")),
                CampaignStatus.SCORING, Map.of(
                        "staff", List.of("workSelfAssessment"),
                        "head", List.of("workRegistrations", "workSelfAssessment", "workReview", "workRankings"),
                        "board", List.of("workRegistrations", "workOverview", "workReview", "workReviewUnits",
                                "workDashboard", "workRankings", "workUnitRankings", "workSummary")),
                CampaignStatus.REVIEW, Map.of(
                        "staff", List.of("workSelfAssessment"),
                        "head", List.of("workRegistrations", "workSelfAssessment", "workReview", "workRankings"),
                        "board", List.of("workRegistrations", "workOverview", "workReview", "workReviewUnits",
                                "workDashboard", "workRankings", "workUnitRankings", "workSummary")),
                CampaignStatus.CLOSED, Map.of(
                        "staff", List.of("workSelfAssessment", "workRankings", "workSummary"),
                        "head", List.of("workRegistrations", "workSelfAssessment", "workReview", "workRankings",
                                "workSummary"),
                        "board", List.of("workRegistrations", "workOverview", "workReview", "workReviewUnits",
                                "workDashboard", "workRankings", "workUnitRankings", "workSummary")));
        Campaign campaign = campaigns.withCriterion("Đợt có liên kết " + Fixtures.unique(""));
        assertThat(work(campaign, admin)).as("a draft offers no work").isEmpty();
        for (CampaignStatus status : List.of(CampaignStatus.REGISTRATION, CampaignStatus.IN_PROGRESS,
                CampaignStatus.SCORING, CampaignStatus.REVIEW, CampaignStatus.CLOSED)) {
            campaign = campaigns.advance(campaign, status);
            assertThat(work(campaign, team.memberUser())).as("staff in %s", status)
                    .isEqualTo(expected.get(status).get("staff"));
            assertThat(work(campaign, team.headUser())).as("unit head in %s", status)
                    .isEqualTo(expected.get(status).get("head"));
            assertThat(work(campaign, board)).as("board in %s", status).isEqualTo(expected.get(status).get("board"));
            assertThat(work(campaign, admin)).as("the office acts as the board in %s", status)
                    .isEqualTo(expected.get(status).get("board"));
        }
    }

    @Test
    void theMenuOffersEachRoleItsPagesInBothLanguages() throws Exception {
        assertThat(menu(team.memberUser(), "vi")).containsExactly("/campaigns|Phong trào thi đua",
                "/pledges|Đăng ký thi đua", "/evaluations|Tự đánh giá", "/rankings|Kết quả thi đua");
        assertThat(menu(team.headUser(), "vi")).containsExactly("/campaigns|Phong trào thi đua",
                "/pledges|Đăng ký thi đua", "/registrations|Duyệt đăng ký", "/evaluations|Tự đánh giá",
                "/evaluations/review|Chấm điểm", "/rankings|Kết quả thi đua");
        assertThat(menu(board, "vi")).containsExactly("/campaigns|Phong trào thi đua",
                "/registrations|Tổng hợp đăng ký", "/evaluations/review|Chấm điểm", "/rankings|Kết quả thi đua",
                "/titles|Danh hiệu thi đua");
        assertThat(menu(admin, "en")).containsExactly("/campaigns|Campaigns",
                "/registrations|Registration overview", "/evaluations/review|Scoring", "/rankings|Results",
                "/titles|Titles", "/admin/units|Units", "/admin/individuals|Individuals", "/admin/accounts|Accounts",
                "/admin/import|Import", "/admin/title-awards/import|Import past titles", "/admin/backup|Backup");
    }

    private List<String> work(Campaign campaign, String user) throws Exception {
        String html = page("/campaigns/" + campaign.getId(), user, "vi");
        List<String> ids = new ArrayList<>();
        Matcher m = WORK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The menu's links as "href|text", in the order shown. */
    private List<String> menu(String user, String language) throws Exception {
        String html = page("/campaigns", user, language);
        String nav = html.substring(html.indexOf("id=\"mainNav\""), html.indexOf("navbar-nav ms-auto"));
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile(MENU.pattern() + "[^>]*>([^<]+)<").matcher(nav);
        while (m.find()) {
            links.add(m.group(1) + "|" + m.group(2).strip());
        }
        return links;
    }

    private String page(String path, String user, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
