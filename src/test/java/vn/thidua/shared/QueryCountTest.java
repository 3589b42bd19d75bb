package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages and lists cost a fixed number of SQL statements, however many rows they show (no N+1):
 * the same request on a small and on a large set must send the same number of statements.
 */
@IntegrationTest
class QueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    QueryCounter queries;

    @Test
    void listsOfPeopleAndAccountsDoNotQueryPerRow() throws Exception {
        String admin = fixtures.admin();
        Unit small = fixtures.unit("Phòng Nhỏ");
        Unit large = fixtures.unit("Vụ Lớn");
        Unit sub = fixtures.unit("Phòng thuộc Vụ Lớn", large.getId());
        people(small, 2);
        people(large, 25);
        people(sub, 15);

        assertSameCost(get("/admin/individuals").param("unitId", small.getId().toString()).with(fixtures.as(admin)),
                get("/admin/individuals").param("unitId", large.getId().toString()).with(fixtures.as(admin)));
        assertSameCost(get("/api/v1/individuals").param("unitId", small.getId().toString()).with(fixtures.as(admin)),
                get("/api/v1/individuals").param("unitId", large.getId().toString()).with(fixtures.as(admin)));
        assertSameCost(get("/admin/accounts").param("q", "user-none").with(fixtures.as(admin)),
                get("/admin/accounts").with(fixtures.as(admin)));
    }

    @Test
    void theUnitTreeCostsTheSameWithMoreUnits() throws Exception {
        String admin = fixtures.admin();
        int before = cost(get("/admin/units").with(fixtures.as(admin)));
        assertThat(before).isPositive();
        Unit parent = fixtures.unit("Cục Thêm");
        for (int i = 0; i < 6; i++) {
            Unit child = fixtures.unit("Phòng thêm " + i, parent.getId());
            fixtures.head(child, fixtures.individual(child.getId(), "Trưởng phòng " + i));
        }
        assertThat(cost(get("/admin/units").with(fixtures.as(admin)))).isEqualTo(before);
    }

    @Test
    void aCampaignPageCostsTheSameWithMoreCriteria() throws Exception {
        String admin = fixtures.admin();
        Campaign few = campaigns.withCriterion("Đợt ít tiêu chí");
        Campaign many = campaigns.withCriterion("Đợt nhiều tiêu chí");
        for (int i = 2; i <= 12; i++) {
            campaigns.criterion(many, "C" + i, CriterionKind.STANDARD, "5", AppliesTo.BOTH);
        }
        assertSameCost(get("/campaigns/{id}", few.getId()).with(fixtures.as(admin)),
                get("/campaigns/{id}", many.getId()).with(fixtures.as(admin)));
        assertSameCost(get("/api/v1/campaigns/{id}/criteria", few.getId()).with(fixtures.as(admin)),
                get("/api/v1/campaigns/{id}/criteria", many.getId()).with(fixtures.as(admin)));
    }

    private void people(Unit unit, int count) {
        for (int i = 0; i < count; i++) {
            Individual person = fixtures.individual(unit.getId(), "Nguyễn Văn " + (char) ('A' + i % 26) + i);
            if (i % 2 == 0) {
                fixtures.account(person.getId(), Role.STAFF);
            }
        }
    }

    private void assertSameCost(RequestBuilder small, RequestBuilder large) throws Exception {
        int smallCost = cost(small);
        int largeCost = cost(large);
        assertThat(smallCost).as("the counter sees the statements").isPositive();
        assertThat(largeCost).as("statements for the larger list (the smaller took %d)", smallCost)
                .isEqualTo(smallCost);
    }

    private int cost(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isOk());
        return queries.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }
}
