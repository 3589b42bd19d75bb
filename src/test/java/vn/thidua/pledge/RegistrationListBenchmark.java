package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long a unit head's registration list takes for a unit of 500 people (a Vụ with five phòng,
 * 100 people each; about two thirds registered in mixed statuses). Rerun with
 * {@code ./mvnw -Pbenchmark test -Dtest=RegistrationListBenchmark}; prints p50/p95, asserts nothing.
 */
@IntegrationTest
class RegistrationListBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    PledgeRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theListOfAUnitOf500People() throws Exception {
        Unit vu = fixtures.unit("Vụ đo thời gian " + Fixtures.unique(""));
        Individual head = fixtures.individual(vu.getId(), "Vụ trưởng đo thời gian");
        fixtures.head(vu, head);
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        Campaign campaign = pledges.open("Đợt đo thời gian " + Fixtures.unique(""));
        List<Individual> people = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            Unit phong = fixtures.unit("Phòng " + (p + 1) + " " + Fixtures.unique(""), vu.getId());
            for (int i = 0; i < 100 - (p == 0 ? 1 : 0); i++) {
                people.add(fixtures.individual(phong.getId(), "Nguyễn Văn Số " + p + "-" + i));
            }
        }
        Long criterion = pledges.criterion(campaign, "I1").getId();
        PledgeStatus[] statuses = PledgeStatus.values();
        transaction.executeWithoutResult(tx -> {
            List<Pledge> batch = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                if (i % 3 == 2) {
                    continue;
                }
                Pledge pledge = new Pledge(campaign.getId(), SubjectType.INDIVIDUAL, people.get(i).getId());
                pledge.pledge("LDTT", Map.of(criterion, "Hoàn thành xuất sắc nhiệm vụ được giao"), null);
                PledgeStatus status = statuses[i % statuses.length];
                pledge.restore(status, status == PledgeStatus.DRAFT ? null : Instant.now(),
                        status == PledgeStatus.RETURNED ? "Bổ sung chỉ tiêu" : null, null, null);
                batch.add(pledge);
            }
            repository.saveAll(batch);
        });
        System.out.printf("%nRegistration list benchmark: unit of %d people (+ head), %d pledges%n", people.size(),
                repository.count());

        measure("page, first 100 rows", get("/campaigns/{id}/registrations", campaign.getId()).with(fixtures.as(headUser)));
        measure("page, all 500 rows", get("/campaigns/{id}/registrations", campaign.getId()).param("size", "500")
                .with(fixtures.as(headUser)));
        measure("page, filter SUBMITTED", get("/campaigns/{id}/registrations", campaign.getId())
                .param("status", "SUBMITTED").with(fixtures.as(headUser)));
        measure("API list, size 500", get("/api/v1/campaigns/{id}/pledges", campaign.getId()).param("size", "500")
                .with(fixtures.as(headUser)));
        measure("page, first 100 rows again", get("/campaigns/{id}/registrations", campaign.getId())
                .with(fixtures.as(headUser)));
        measure("XLSX export", get("/campaigns/{id}/registrations.xlsx", campaign.getId()).with(fixtures.as(headUser)));
    }

    private void measure(String what, MockHttpServletRequestBuilder request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(request).andExpect(status().isOk());
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-26s p50 %6.1f ms   p95 %6.1f ms   (%d requests)%n", what,
                nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, RUNS);
    }
}
