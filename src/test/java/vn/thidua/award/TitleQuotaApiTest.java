package vn.thidua.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TitleQuotaApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TitleFixtures titles;

    @Autowired
    JdbcClient db;

    ResultActions putQuota(String user, String code, Map<String, Object> body) throws Exception {
        return mvc.perform(put("/api/v1/titles/{code}/quota", code).with(fixtures.basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    static Map<String, Object> quota(Object percent, String basis, String rounding, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", true);
        body.put("percent", percent);
        body.put("basisTitle", basis);
        body.put("rounding", rounding);
        body.put("version", version);
        return body;
    }

    @Test
    void theSeededQuotaIsFifteenPercentOfLdttRoundedDownForCstdcsOnly() throws Exception {
        String staff = fixtures.team("Vụ Văn xã").memberUser();
        mvc.perform(get("/api/v1/titles/CSTDCS/quota").with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.percent").value(15))
                .andExpect(jsonPath("$.basisTitle").value("LDTT"))
                .andExpect(jsonPath("$.rounding").value("DOWN"))
                .andExpect(jsonPath("$.version").value(0));
        for (String code : List.of("LDTT", "TTLDXS", "BK_TTG", "GIAY_KHEN")) {
            mvc.perform(get("/api/v1/titles/{code}/quota", code).with(fixtures.basic(staff)))
                    .andExpect(jsonPath("$.enabled").value(false))
                    .andExpect(jsonPath("$.percent").doesNotExist());
        }
        mvc.perform(get("/api/v1/titles/CSTDCS/quota")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminChangesAQuotaAgainstTheVersionReadAndItIsAudited() throws Exception {
        String code = titles.title("Danh hiệu thử hạn mức");
        String admin = fixtures.admin();
        putQuota(admin, code, quota(12.5, "ldtt", "HALF_UP", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.percent").value(12.5))
                .andExpect(jsonPath("$.basisTitle").value("LDTT"))
                .andExpect(jsonPath("$.rounding").value("HALF_UP"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/titles/{code}/quota", code).with(fixtures.basic(fixtures.board())))
                .andExpect(jsonPath("$.percent").value(12.5))
                .andExpect(jsonPath("$.version").value(1));

        Map<String, Object> audit = db.sql("""
                select actor, action, old_value, new_value from audit_event
                where entity = 'TITLE_QUOTA' and new_value like ? order by id desc limit 1""")
                .param("%\"titleCode\":\"" + code + "\"%").query().singleRow();
        assertThat(audit.get("actor")).isEqualTo(admin);
        assertThat(audit.get("action")).isEqualTo("UPDATED");
        assertThat((String) audit.get("old_value")).contains("\"enabled\":false").contains("\"rounding\":\"DOWN\"");
        assertThat((String) audit.get("new_value")).contains("\"enabled\":true").contains("\"percent\":12.5")
                .contains("\"basisTitle\":\"LDTT\"").contains("\"rounding\":\"HALF_UP\"");

        putQuota(admin, code, quota(20, "LDTT", "UP", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/api/v1/titles/{code}/quota", code).with(fixtures.basic(admin)))
                .andExpect(jsonPath("$.percent").value(12.5));
    }

    @Test
    void aPercentOutsideZeroToAHundredOrAQuotaWithoutBasisIs400NamingTheField() throws Exception {
        String code = titles.title("Danh hiệu thử hạn mức sai");
        String admin = fixtures.admin();
        putQuota(admin, code, quota(0, "LDTT", "DOWN", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"))
                .andExpect(jsonPath("$.errors[0].message").value("tỉ lệ phải lớn hơn 0 và không quá 100"));
        putQuota(admin, code, quota(100.01, "LDTT", "DOWN", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"));
        putQuota(admin, code, quota(100, "LDTT", "DOWN", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(100));
        putQuota(admin, code, quota(null, null, "DOWN", 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"))
                .andExpect(jsonPath("$.errors[1].field").value("basisTitle"))
                .andExpect(jsonPath("$.errors[1].message").value("cần danh hiệu làm căn cứ khi bật hạn mức"));
        putQuota(admin, code, quota(10, code, "DOWN", 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basisTitle"));
        putQuota(admin, code, quota(10, "LDTT", "SIDEWAYS", 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rounding"));
        Map<String, Object> noVersion = quota(10, "LDTT", "DOWN", 1);
        noVersion.remove("version");
        putQuota(admin, code, noVersion).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/titles/{code}/quota", code).with(fixtures.basic(admin)))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void onlyAnAdminChangesAQuota() throws Exception {
        String code = titles.title("Danh hiệu thử quyền hạn mức");
        Fixtures.Team team = fixtures.team("Vụ Công nghiệp");
        for (String user : List.of(fixtures.board(), team.headUser(), team.memberUser())) {
            putQuota(user, code, quota(10, "LDTT", "DOWN", 0)).andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/titles/{code}/quota", code).contentType(MediaType.APPLICATION_JSON)
                .content(Json.of(quota(10, "LDTT", "DOWN", 0)))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/titles/{code}/quota", code).with(fixtures.basic(team.memberUser())))
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.version").value(0));
    }
}
