package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every change to units and people leaves a trail with old → new values (GET /api/v1/audit). */
@IntegrationTest
class OrganisationAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void creatingAndUpdatingAUnitIsAuditedWithOldAndNewValues() throws Exception {
        String admin = fixtures.admin();
        Unit parent = fixtures.unit("Văn phòng (kiểm toán thử)");
        String code = Fixtures.unique("AUD");
        long id = read(mvc.perform(post("/api/v1/units").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "name", "Vụ Kiểm tra")))))
                .get("id").asLong();

        mvc.perform(put("/api/v1/units/{id}", id).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "name", "Vụ Kiểm tra – Giám sát",
                                "parentId", parent.getId(), "version", 0))))
                .andExpect(status().isOk());

        JsonNode events = trail(admin, "UNIT", id);
        assertThat(events.size()).isEqualTo(2);

        JsonNode updated = events.get(0);
        assertThat(updated.get("action").asString()).isEqualTo("UPDATED");
        assertThat(updated.get("actor").asString()).isEqualTo(admin);
        JsonNode before = Json.read(updated.get("oldValue").asString());
        JsonNode after = Json.read(updated.get("newValue").asString());
        assertThat(before.get("name").asString()).isEqualTo("Vụ Kiểm tra");
        assertThat(after.get("name").asString()).isEqualTo("Vụ Kiểm tra – Giám sát");
        assertThat(before.get("parentId").isNull()).isTrue();
        assertThat(after.get("parentId").asLong()).isEqualTo(parent.getId());
        assertThat(after.has("code")).as("unchanged fields are not recorded").isFalse();

        JsonNode created = events.get(1);
        assertThat(created.get("action").asString()).isEqualTo("CREATED");
        JsonNode createdValues = Json.read(created.get("newValue").asString());
        assertThat(createdValues.get("code").asString()).isEqualTo(code);
        assertThat(createdValues.get("name").asString()).isEqualTo("Vụ Kiểm tra");
        assertThat(createdValues.get("parentId").isNull()).isTrue();
    }

    @Test
    void settingAHeadAndDeactivatingAreAudited() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Thủ trưởng (kiểm toán thử)");
        Individual head = fixtures.individual(unit.getId(), "Tôn Thất Tùng");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "headIndividualId", head.getId(), "version", unit.getVersion()))))
                .andExpect(status().isOk());

        JsonNode event = trail(admin, "UNIT", unit.getId()).get(0);
        assertThat(Json.read(event.get("oldValue").asString()).get("headIndividualId").isNull()).isTrue();
        assertThat(Json.read(event.get("newValue").asString()).get("headIndividualId").asLong())
                .isEqualTo(head.getId());

        // the unit is wound up: its head is relieved, the person deactivated, then the unit deactivated
        Map<String, Object> relieve = new HashMap<>();
        relieve.put("code", unit.getCode());
        relieve.put("name", unit.getName());
        relieve.put("headIndividualId", null);
        relieve.put("version", unit.getVersion() + 1);
        long unitVersion = read(mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(relieve)))
                .andExpect(status().isOk())).get("version").asLong();
        mvc.perform(put("/api/v1/individuals/{id}", head.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", head.getCode(), "fullName", "Tôn Thất Tùng",
                                "unitId", unit.getId(), "position", head.getPosition(), "active", false,
                                "version", head.getVersion()))))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(), "active", false,
                                "version", unitVersion))))
                .andExpect(status().isOk());

        JsonNode person = trail(admin, "INDIVIDUAL", head.getId());
        assertThat(person.size()).as("the person's deactivation is the one event on them").isEqualTo(1);
        JsonNode deactivated = person.get(0);
        assertThat(deactivated.get("action").asString()).isEqualTo("UPDATED");
        assertThat(deactivated.get("actor").asString()).isEqualTo(admin);
        assertThat(deactivated.get("oldValue").asString()).isEqualTo("{\"active\":true}");
        assertThat(deactivated.get("newValue").asString()).isEqualTo("{\"active\":false}");

        JsonNode events = trail(admin, "UNIT", unit.getId());
        assertThat(events.size()).as("head set, head relieved, deactivated").isEqualTo(3);
        JsonNode closed = events.get(0);
        assertThat(closed.get("action").asString()).isEqualTo("UPDATED");
        assertThat(closed.get("actor").asString()).isEqualTo(admin);
        assertThat(closed.get("oldValue").asString()).isEqualTo("{\"active\":true}");
        assertThat(closed.get("newValue").asString()).isEqualTo("{\"active\":false}");
        JsonNode relieved = events.get(1);
        assertThat(relieved.get("action").asString()).isEqualTo("UPDATED");
        assertThat(Json.read(relieved.get("oldValue").asString()).get("headIndividualId").asLong())
                .isEqualTo(head.getId());
        assertThat(Json.read(relieved.get("newValue").asString()).get("headIndividualId").isNull()).isTrue();
        assertThat(events.get(2).get("id").asLong()).isEqualTo(event.get("id").asLong());
    }

    @Test
    void creatingAndUpdatingAnIndividualIsAuditedWithOldAndNewValues() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Cán bộ (kiểm toán thử)");
        String code = Fixtures.unique("AUDP");
        long id = read(mvc.perform(post("/api/v1/individuals").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Hồ Xuân Hương", "unitId", unit.getId(),
                                "position", "Chuyên viên")))))
                .get("id").asLong();

        mvc.perform(put("/api/v1/individuals/{id}", id).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Hồ Xuân Hương", "unitId", unit.getId(),
                                "position", "Chuyên viên chính", "email", "huong.hx@vpcp.gov.vn", "version", 0))))
                .andExpect(status().isOk());

        JsonNode events = trail(admin, "INDIVIDUAL", id);
        assertThat(events.size()).isEqualTo(2);
        JsonNode updated = events.get(0);
        assertThat(updated.get("action").asString()).isEqualTo("UPDATED");
        JsonNode before = Json.read(updated.get("oldValue").asString());
        JsonNode after = Json.read(updated.get("newValue").asString());
        assertThat(before.get("position").asString()).isEqualTo("Chuyên viên");
        assertThat(after.get("position").asString()).isEqualTo("Chuyên viên chính");
        assertThat(before.get("email").isNull()).isTrue();
        assertThat(after.get("email").asString()).isEqualTo("huong.hx@vpcp.gov.vn");
        assertThat(after.has("fullName")).isFalse();

        JsonNode created = events.get(1);
        assertThat(created.get("action").asString()).isEqualTo("CREATED");
        assertThat(Json.read(created.get("newValue").asString()).get("fullName").asString())
                .isEqualTo("Hồ Xuân Hương");
    }

    @Test
    void aRefusedOrEmptyChangeWritesNoEvent() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Không đổi (kiểm toán thử)");
        fixtures.individual(unit.getId(), "Chu Văn An");

        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(), "active", false,
                                "version", unit.getVersion()))))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "version", unit.getVersion()))))
                .andExpect(status().isOk());

        assertThat(trail(admin, "UNIT", unit.getId()).size()).isZero();
    }

    @Test
    void onlyTheOfficeAndTheBoardReadTheTrail() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Bí mật (kiểm toán thử)");
        // a change first, so that there is a trail to read (the fixtures write past the audit)
        String admin = fixtures.admin();
        mvc.perform(put("/api/v1/units/{id}", team.unit().getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", team.unit().getCode(), "name", "Vụ Bí mật (đã đổi tên)",
                                "headIndividualId", team.head().getId(), "version", team.unit().getVersion()))))
                .andExpect(status().isOk());
        String query = "/api/v1/audit?entity=UNIT&entityId=" + team.unit().getId();
        for (String user : List.of(team.memberUser(), team.headUser())) {
            mvc.perform(get(query).with(fixtures.basic(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(query).with(fixtures.basic(fixtures.board()))).andExpect(status().isOk());
        mvc.perform(get(query)).andExpect(status().isUnauthorized());
        // the board and the office read the same one event: who renamed the unit, from what to what
        for (String reader : List.of(fixtures.board(), admin)) {
            JsonNode events = read(mvc.perform(get(query).with(fixtures.basic(reader))).andExpect(status().isOk()))
                    .get("items");
            assertThat(events.size()).as(reader).isEqualTo(1);
            JsonNode event = events.get(0);
            assertThat(event.get("action").asString()).isEqualTo("UPDATED");
            assertThat(event.get("actor").asString()).isEqualTo(admin);
            assertThat(event.get("entityId").asLong()).isEqualTo(team.unit().getId());
            assertThat(Json.read(event.get("oldValue").asString()).get("name").asString())
                    .isEqualTo("Vụ Bí mật (kiểm toán thử)");
            assertThat(Json.read(event.get("newValue").asString()).get("name").asString())
                    .isEqualTo("Vụ Bí mật (đã đổi tên)");
        }
    }

    private JsonNode trail(String admin, String entity, long id) throws Exception {
        return read(mvc.perform(get("/api/v1/audit").param("entity", entity).param("entityId", String.valueOf(id))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isOk())).get("items");
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
