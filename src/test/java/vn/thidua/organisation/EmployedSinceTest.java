package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.OfficeTime;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's employment start date (employedSince, read by the LĐTT rule) through the API and in the record. */
@IntegrationTest
class EmployedSinceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theStartDateIsSavedKeptWhenAbsentRefusedInTheFutureAndShownInTheRecord() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Công tác " + Fixtures.unique(""));
        String code = Fixtures.unique("NV");
        String body = mvc.perform(post("/api/v1/individuals").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Trịnh Văn Bền", "unitId", unit.getId(),
                                "employedSince", "2015-03-01"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employedSince").value("2015-03-01"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode created = Json.read(body);
        long id = created.get("id").asLong();

        Map<String, Object> update = new HashMap<>(Map.of("code", code, "fullName", "Trịnh Văn Bền",
                "unitId", unit.getId(), "position", "Chuyên viên chính", "version", created.get("version").asLong()));
        mvc.perform(put("/api/v1/individuals/{id}", id).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(update)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employedSince").value("2015-03-01"));

        update.put("version", created.get("version").asLong() + 1);
        update.put("employedSince", OfficeTime.today().plusDays(1).toString());
        mvc.perform(put("/api/v1/individuals/{id}", id).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(update)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'employedSince')].message")
                        .value(contains("ngày bắt đầu công tác không được sau hôm nay")));

        mvc.perform(get("/api/v1/individuals/{id}/record", id).with(fixtures.basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employedSince").value("2015-03-01"));
    }
}
