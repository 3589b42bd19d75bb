package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12, navigation: each demo account follows every entry of its menu and every work link of
 * the two demo campaigns' pages; each lands with 200 on the page the table below names (its title
 * and h1, written by hand), never on the page it was followed from. "Bản đăng ký của tôi" opens the
 * pledge (or its form), not the list it was reached from.
 */
@IntegrationTest
class DemoMenuWalkTest {

    private static final Pattern MENU = Pattern.compile(
            "class=\"(?:nav-link|dropdown-item)\" href=\"([^\"]+)\"[^>]*>([^<]+)<");
    private static final Pattern WORK = Pattern.compile("<a\\b[^>]*\\sid=\"(work[A-Za-z]+)\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignRepository campaigns;

    /** Menu text → the title of the page it opens, per demo account, in the menu's order. */
    static final Map<String, Map<String, String>> MENUS = Map.of(
            "admin", ordered("Phong trào thi đua", "Phong trào thi đua",
                    "Tổng hợp đăng ký", "Đăng ký thi đua theo đợt",
                    "Chấm điểm", "Chấm điểm",
                    "Kết quả thi đua", "Kết quả thi đua",
                    "Danh hiệu thi đua", "Danh hiệu thi đua",
                    "Đơn vị", "Cơ cấu tổ chức",
                    "Cá nhân", "Danh sách cá nhân",
                    "Tài khoản", "Danh sách tài khoản",
                    "Nhập dữ liệu", "Nhập cơ cấu tổ chức",
                    "Nhập danh hiệu các năm", "Nhập danh hiệu các năm",
                    "Sao lưu dữ liệu", "Sao lưu dữ liệu"),
            "hoidong1", ordered("Phong trào thi đua", "Phong trào thi đua",
                    "Đăng ký thi đua", "Đăng ký thi đua",
                    "Tổng hợp đăng ký", "Đăng ký thi đua theo đợt",
                    "Tự đánh giá", "Tự đánh giá",
                    "Chấm điểm", "Chấm điểm",
                    "Kết quả thi đua", "Kết quả thi đua",
                    "Danh hiệu thi đua", "Danh hiệu thi đua"),
            "truong.vth", ordered("Phong trào thi đua", "Phong trào thi đua",
                    "Đăng ký thi đua", "Đăng ký thi đua",
                    "Duyệt đăng ký", "Đăng ký thi đua theo đợt",
                    "Tự đánh giá", "Tự đánh giá",
                    "Chấm điểm", "Chấm điểm",
                    "Kết quả thi đua", "Kết quả thi đua"),
            "nv0101", ordered("Phong trào thi đua", "Phong trào thi đua",
                    "Đăng ký thi đua", "Đăng ký thi đua",
                    "Tự đánh giá", "Tự đánh giá",
                    "Kết quả thi đua", "Kết quả thi đua"));

    /** The 50-day campaign of 2020 (being scored): work link → the title of the page it opens. */
    static final Map<String, Map<String, String>> SCORING_CAMPAIGN = Map.of(
            "admin", ordered("workRegistrations", "Danh sách đăng ký thi đua",
                    "workOverview", "Tổng hợp đăng ký thi đua",
                    "workReview", "Chấm điểm cá nhân",
                    "workReviewUnits", "Chấm điểm tập thể",
                    "workDashboard", "Bảng điều khiển",
                    "workRankings", "Xếp hạng cá nhân",
                    "workUnitRankings", "Xếp hạng tập thể",
                    "workSummary", "Báo cáo sơ kết"),
            "hoidong1", ordered("workPledge", "Bản đăng ký thi đua",
                    "workRegistrations", "Danh sách đăng ký thi đua",
                    "workOverview", "Tổng hợp đăng ký thi đua",
                    "workSelfAssessment", "Phiếu đánh giá: Nguyễn Bích Hương",
                    "workReview", "Chấm điểm cá nhân",
                    "workReviewUnits", "Chấm điểm tập thể",
                    "workDashboard", "Bảng điều khiển",
                    "workRankings", "Xếp hạng cá nhân",
                    "workUnitRankings", "Xếp hạng tập thể",
                    "workSummary", "Báo cáo sơ kết"),
            "truong.vth", ordered("workPledge", "Bản đăng ký thi đua",
                    "workRegistrations", "Danh sách đăng ký thi đua",
                    "workSelfAssessment", "Phiếu đánh giá: Hoàng Khắc Hiếu",
                    "workReview", "Chấm điểm cá nhân",
                    "workRankings", "Xếp hạng cá nhân"),
            "nv0101", ordered("workPledge", "Bản đăng ký thi đua",
                    "workSelfAssessment", "Phiếu đánh giá: Nguyễn Minh Ngọc"));

    /** The yearly campaign (taking pledges): work link → the title of the page it opens. */
    static final Map<String, Map<String, String>> REGISTRATION_CAMPAIGN = Map.of(
            "admin", ordered("workRegistrations", "Danh sách đăng ký thi đua",
                    "workOverview", "Tổng hợp đăng ký thi đua",
                    "workDashboard", "Bảng điều khiển",
                    "workSummary", "Báo cáo sơ kết"),
            "hoidong1", ordered("workPledge", "Bản đăng ký thi đua",
                    "workRegistrations", "Danh sách đăng ký thi đua",
                    "workOverview", "Tổng hợp đăng ký thi đua",
                    "workDashboard", "Bảng điều khiển",
                    "workSummary", "Báo cáo sơ kết"),
            "truong.vth", ordered("workPledge", "Bản đăng ký thi đua",
                    "workRegistrations", "Danh sách đăng ký thi đua"),
            "nv0101", ordered("workPledge", "Bản đăng ký thi đua"));

    @Test
    void everyMenuEntryOfEachDemoAccountOpensItsOwnPage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "hoidong1", "truong.vth", "nv0101")) {
            Page from = open(user, "/campaigns");
            Map<String, String> menu = new LinkedHashMap<>();
            String nav = from.html().substring(from.html().indexOf("id=\"mainNav\""),
                    from.html().indexOf("navbar-nav ms-auto"));
            Matcher m = MENU.matcher(nav);
            while (m.find()) {
                menu.put(m.group(2).strip(), m.group(1));
            }
            assertThat(menu.keySet()).as("%s's menu", user).containsExactlyElementsOf(MENUS.get(user).keySet());
            for (Map.Entry<String, String> entry : menu.entrySet()) {
                Page to = open(user, entry.getValue());
                check(problems, user + " menu \"" + entry.getKey() + "\"", to, MENUS.get(user).get(entry.getKey()),
                        null);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWorkLinkOfTheDemoCampaignsOpensAnotherPage() throws Exception {
        Campaign scoring = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        assertThat(scoring.getStatus()).isEqualTo(CampaignStatus.SCORING);
        Campaign yearly = campaigns.findAll().stream()
                .filter(c -> c.getCode().matches("VPCP-\\d{4}-TX") && c.getStatus() == CampaignStatus.REGISTRATION)
                .findFirst().orElseThrow();
        List<String> problems = new ArrayList<>();
        for (String user : List.of("admin", "hoidong1", "truong.vth", "nv0101")) {
            walk(problems, user, scoring, SCORING_CAMPAIGN.get(user));
            walk(problems, user, yearly, REGISTRATION_CAMPAIGN.get(user));
        }
        assertThat(problems).isEmpty();
    }

    private void walk(List<String> problems, String user, Campaign campaign, Map<String, String> expected)
            throws Exception {
        Page from = open(user, "/campaigns/" + campaign.getId());
        assertThat(from.title()).isEqualTo(campaign.getName());
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = WORK.matcher(from.html());
        while (m.find()) {
            Matcher href = HREF.matcher(m.group());
            assertThat(href.find()).as(m.group()).isTrue();
            links.put(m.group(1), href.group(1).replace("&amp;", "&"));
        }
        assertThat(links.keySet()).as("%s on %s", user, campaign.getCode())
                .containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> link : links.entrySet()) {
            check(problems, user + " " + campaign.getCode() + " " + link.getKey() + " " + link.getValue(),
                    open(user, link.getValue()), expected.get(link.getKey()), from);
        }
    }

    private static void check(List<String> problems, String what, Page to, String expectedTitle, Page from) {
        if (to.status() != 200) {
            problems.add(what + ": status " + to.status());
        } else if (!expectedTitle.equals(to.title()) || !expectedTitle.equals(to.h1())) {
            problems.add(what + ": landed on \"" + to.title() + "\" / h1 \"" + to.h1() + "\", expected \""
                    + expectedTitle + "\"");
        } else if (from != null && from.title().equals(to.title())) {
            problems.add(what + ": came back to the page it was followed from");
        }
    }

    record Page(int status, String html, String title, String h1) {
    }

    private Page open(String user, String path) throws Exception {
        var response = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse();
        String html = response.getContentAsString();
        Matcher title = TITLE.matcher(html);
        Matcher h1 = H1.matcher(html);
        return new Page(response.getStatus(), html,
                title.find() ? unescape(title.group(1)).replace(" · Thi đua", "").strip() : null,
                h1.find() ? unescape(h1.group(1).replaceAll("<[^>]+>", "")).strip() : null);
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    /** A map keeping the order written: key, value, key, value, … */
    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
