package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.OrganisationImport;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.security.SystemUser;
import vn.thidua.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo organisation is loaded at start-up in embedded mode, tests included. */
@IntegrationTest
class DemoOrganisationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitRepository units;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    OrganisationImport imports;

    @Value("${app.demo.password}")
    String password;

    @Test
    void theGovernmentOfficeWithItsUnitsAndPeopleIsThere() {
        Unit root = units.findByCode("VPCP").orElseThrow();
        assertThat(root.getName()).isEqualTo("Văn phòng Chính phủ");
        assertThat(root.getParentId()).isNull();
        Unit vth = units.findByCode("VTH").orElseThrow();
        assertThat(vth.getName()).isEqualTo("Vụ Tổng hợp");
        assertThat(vth.getParentId()).isEqualTo(root.getId());
        Individual head = individuals.findById(vth.getHeadIndividualId()).orElseThrow();
        assertThat(head.getCode()).isEqualTo("NV0100");
        assertThat(head.getPosition()).isEqualTo("Vụ trưởng");
        Individual staff = individuals.findByCode("NV0101").orElseThrow();
        assertThat(staff.getUnitId()).isEqualTo(vth.getId());
        assertThat(staff.getPosition()).isEqualTo("Chuyên viên");

        assertThat(count("select count(*) from unit where parent_id = ?", root.getId())).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from unit u join unit p on u.parent_id = p.id where p.parent_id = ?",
                root.getId())).as("phòng under a Vụ/Cục: three levels").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from individual where code ~ '^NV[0-9]{4}$'")).isGreaterThanOrEqualTo(140);
        assertThat(count("select count(*) from unit u where u.code in ('VPCP','VTH','CKSTT','CTTDT','TTTH')"
                + " and u.head_individual_id is null")).isZero();
        assertThat(units.findByCode("CKSTT").orElseThrow().getName()).isEqualTo("Cục Kiểm soát thủ tục hành chính");
    }

    @Test
    void theDemoAccountsSignInWithTheDemoPassword() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("truong.vth", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("UNIT_HEAD", "STAFF")))
                .andExpect(jsonPath("$.unitId").value(units.findByCode("VTH").orElseThrow().getId()));
        mvc.perform(get("/api/v1/me").with(httpBasic("nv0101", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("STAFF")))
                .andExpect(jsonPath("$.individualId").value(individuals.findByCode("NV0101").orElseThrow().getId()));
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("ADMIN")))
                .andExpect(jsonPath("$.individualId").value(nullValue()));
        mvc.perform(get("/api/v1/me").with(httpBasic("hoidong1", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("BOARD", "STAFF")))
                .andExpect(jsonPath("$.unitId").value(units.findByCode("VPCP").orElseThrow().getId()));
        mvc.perform(get("/api/v1/me").with(httpBasic("truong.ckstt.th", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("UNIT_HEAD", "STAFF")));
    }

    @Test
    void runningTheLoaderAgainChangesNothing() throws Exception {
        List<Long> before = counts();
        loader.afterSingletonsInstantiated();
        assertThat(counts()).isEqualTo(before);

        byte[] file = new ClassPathResource(DemoOrganisation.FILE).getContentAsByteArray();
        ImportResult again = SystemUser.runAsAdmin("demo-test", () -> imports.importFile(file));
        assertThat(again).isEqualTo(new ImportResult(0, 0, 0));
    }

    private List<Long> counts() {
        return List.of(count("select count(*) from unit"), count("select count(*) from individual"),
                count("select count(*) from account"), count("select count(*) from audit_event"));
    }

    private long count(String sql, Object... params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }
}
