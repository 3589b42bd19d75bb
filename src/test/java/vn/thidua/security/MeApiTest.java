package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void withoutCredentialsTheApiAnswers401ProblemDetailsInVietnameseNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }

    @Test
    void englishWhenTheClientAsksForIt() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Not signed in"));
    }

    @Test
    void aUnitHeadIsAlsoStaffAndKnowsTheirUnit() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Thử nghiệm");

        mvc.perform(get("/api/v1/me").with(fixtures.basic(team.headUser())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(team.headUser()))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.roles[1]").value("STAFF"))
                .andExpect(jsonPath("$.individualId").value(team.head().getId()))
                .andExpect(jsonPath("$.unitId").value(team.unit().getId()));
    }
}
