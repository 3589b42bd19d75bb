package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriteriaSums;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Supervision;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeRepository;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.security.Account;
import vn.thidua.security.AccountRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.OfficeTime;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's registration data: an open yearly campaign and the 50-day campaign's pledges of 2020. */
@IntegrationTest
class DemoPledgesTest {

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    CriterionRepository criteria;

    @Autowired
    PledgeRepository pledges;

    @Autowired
    DemoPledges step;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    Supervision supervision;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theYearlyCampaignIsOpenForRegistrationForAnotherMonth() throws Exception {
        LocalDate deadline = OfficeTime.today().plusDays(30);
        Campaign campaign = campaigns.findByCode("VPCP-" + deadline.getYear() + "-TX").orElseThrow();
        assertThat(campaign.getName()).isEqualTo("Phong trào thi đua thường xuyên năm " + deadline.getYear());
        assertThat(campaign.getKind()).isEqualTo(CampaignKind.REGULAR);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.REGISTRATION);
        assertThat(campaign.getRegistrationDeadline()).isAfterOrEqualTo(OfficeTime.today());
        // README: "its deadline 30 days after the first start", the day the demo was loaded (Hà Nội time)
        LocalDate firstStart = jdbc.sql("select (created_at at time zone 'Asia/Ho_Chi_Minh')::date from campaign "
                + "where id = :id").param("id", campaign.getId()).query(LocalDate.class).single();
        assertThat(campaign.getRegistrationDeadline()).isEqualTo(firstStart.plusDays(30));
        assertThat(campaign.getStartDate()).isEqualTo(LocalDate.of(deadline.getYear(), 1, 1));
        assertThat(campaign.getEndDate()).isEqualTo(LocalDate.of(deadline.getYear(), 12, 31));
        assertThat(campaign.getOpenTitles()).containsExactlyInAnyOrder("LDTT", "CSTDCS", "TTLDTT", "TTLDXS");
        CriteriaSums sums = CriteriaSums.of(criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()));
        assertThat(sums.individual()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(sums.collective()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(step.alreadyLoaded()).isTrue();

        String html = mvc.perform(get("/pledges").with(fixtures.as("nv0101"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"register-" + campaign.getCode() + "\"");
        List<String> row = Html.cells(Html.element(html, "my-" + campaign.getCode()));
        assertThat(row.get(2)).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(firstStart.plusDays(30)));
        assertThat(row.get(3)).isEqualTo("Chưa đăng ký");
    }

    @Test
    void theFiftyDayCampaignHasRealisticPledges() throws Exception {
        Campaign campaign = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        List<Pledge> all = pledges.findAll().stream().filter(p -> p.getCampaignId().equals(campaign.getId())).toList();
        Map<PledgeStatus, Long> individuals = all.stream().filter(p -> p.getSubjectType() == SubjectType.INDIVIDUAL)
                .collect(Collectors.groupingBy(Pledge::getStatus, Collectors.counting()));
        assertThat(individuals.get(PledgeStatus.APPROVED)).isGreaterThan(individuals.get(PledgeStatus.SUBMITTED));
        assertThat(individuals.get(PledgeStatus.SUBMITTED)).isPositive();
        assertThat(individuals.get(PledgeStatus.RETURNED)).isEqualTo(2);
        assertThat(all.stream().filter(p -> p.getStatus() == PledgeStatus.RETURNED)).allMatch(p -> p.getReturnReason() != null);
        assertThat(all.stream().filter(p -> p.getSubjectType() == SubjectType.COLLECTIVE).count()).isEqualTo(5);
        assertThat(all.stream().filter(p -> p.getSubjectType() == SubjectType.INDIVIDUAL).count()).isLessThan(150);

        String html = mvc.perform(get("/campaigns/{id}/registrations/overview", campaign.getId())
                        .with(fixtures.as("hoidong1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Vụ Tổng hợp").contains("id=\"overviewTotal\"");
        // Vụ Tổng hợp by the demo's rule (DemoPledges: people sorted by code, i-th person: i % 12 < 8 approved,
        // 8–9 submitted, 10 not registered, 11 draft; the first approved one with i % 40 == 5 returned):
        // NV0100 (i = 5) returned, NV0101, NV0102, NV0107 approved, NV0103, NV0104 submitted, NV0105 missing,
        // NV0106 draft; all seven pledged LĐTT. Registered (submitted or approved) are the five of
        // NV0101–NV0104 and NV0107; the draft and the returned one are not.
        String vth = Html.element(html, "unit-VTH");
        assertThat(Html.cells(vth).subList(0, 8)).containsExactly("Vụ Tổng hợp", "8", "5", "1", "2", "3", "1", "1");
        assertThat(cellOfClass(vth, "title-LDTT")).isEqualTo("5");
        assertThat(cellOfClass(vth, "title-CSTDCS")).isEqualTo("0");

        String list = mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).with(fixtures.as("truong.vth")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.ids(Html.element(list, "registrationsTable"), "row-")).containsExactlyInAnyOrder(
                "row-NV0100", "row-NV0101", "row-NV0102", "row-NV0103", "row-NV0104", "row-NV0105", "row-NV0106",
                "row-NV0107");
        Map<String, String> statuses = Map.of("NV0100", "Bị trả lại", "NV0101", "Đã duyệt", "NV0102", "Đã duyệt",
                "NV0103", "Đã gửi", "NV0104", "Đã gửi", "NV0105", "Chưa đăng ký", "NV0106", "Nháp",
                "NV0107", "Đã duyệt");
        statuses.forEach((code, status) -> assertThat(Html.text(Html.element(list, "row-" + code), "status-" + code))
                .as(code).isEqualTo(status));
        assertThat(Html.cells(Html.element(list, "row-NV0101")).subList(1, 4))
                .containsExactly("NV0101", "Nguyễn Minh Ngọc", "Vụ Tổng hợp");
        // the head decides the two submitted ones, nothing else (not his own returned pledge)
        assertThat(Html.ids(Html.element(list, "registrationsTable"), "select-"))
                .containsExactlyInAnyOrder("select-NV0103", "select-NV0104");
    }

    /** The text of the cell of a row that has this class. */
    static String cellOfClass(String row, String cssClass) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td[^>]*class=\"[^\"]*\\b"
                + java.util.regex.Pattern.quote(cssClass) + "\\b[^\"]*\"[^>]*>([^<]*)</td>").matcher(row);
        assertThat(m.find()).as("a cell .%s", cssClass).isTrue();
        return m.group(1).strip();
    }

    /** Each demo decision is recorded as made by the person the approver rule names (head above, or the board). */
    @Test
    void everyDecidedDemoPledgeWasDecidedByItsRealApprover() {
        Campaign campaign = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        List<Pledge> decided = pledges.findAll().stream()
                .filter(p -> p.getCampaignId().equals(campaign.getId()) && p.getDecidedBy() != null).toList();
        assertThat(decided).isNotEmpty();
        long headsOwn = 0;
        for (Pledge pledge : decided) {
            Account account = accounts.findByUsername(pledge.getDecidedBy()).orElseThrow();
            CurrentUser decider = new CurrentUser(account.getId(), account.getUsername(), account.getUsername(),
                    account.getRoles(), account.getIndividualId(), null);
            if (pledge.getSubjectType() == SubjectType.COLLECTIVE) {
                assertThat(decider.has(vn.thidua.security.Role.BOARD)).as(pledge.getDecidedBy()).isTrue();
                continue;
            }
            Individual subject = individuals.findById(pledge.getSubjectId()).orElseThrow();
            assertThat(supervision.mayDecide(decider, subject))
                    .as("%s decided the pledge of %s", pledge.getDecidedBy(), subject.getCode()).isTrue();
            if (subject.getCode().matches("NV\\d{2}00")) {
                headsOwn++;
            }
        }
        assertThat(headsOwn).as("some heads' own pledges are decided").isPositive();
    }
}
