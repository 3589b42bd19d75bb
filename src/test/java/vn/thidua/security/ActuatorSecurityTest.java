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
class ActuatorSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void healthIsPublicWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void metricsAreForTheAdministratorOnly() throws Exception {
        mvc.perform(get("/actuator/metrics"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        Fixtures.Team team = fixtures.team("Vụ Giám sát");
        mvc.perform(get("/actuator/metrics").with(fixtures.basic(team.memberUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(fixtures.basic(team.headUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(fixtures.basic(fixtures.board())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/flyway").with(fixtures.basic(team.memberUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
    }
}
