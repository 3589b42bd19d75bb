package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The problem details every API client relies on (API.md conventions). */
@IntegrationTest
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void anUnknownIdIs404NamingWhatWasNotFoundInTheCallersLanguage() throws Exception {
        String admin = fixtures.admin();
        mvc.perform(get("/api/v1/units/987654321").with(fixtures.basic(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị có mã số 987654321."));
        mvc.perform(get("/api/v1/units/987654321").with(fixtures.basic(admin)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("No unit with id 987654321."));
    }

    @Test
    void malformedJsonIs400AndAWrongTypeNamesTheField() throws Exception {
        String admin = fixtures.admin();
        mvc.perform(post("/api/v1/units").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/units").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X1\", \"name\": \"Vụ X\", \"parentId\": \"không phải số\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message").value("sai kiểu dữ liệu"));
    }

    @Test
    void missingRequiredFieldsAreListedEachWithItsRule() throws Exception {
        mvc.perform(post("/api/v1/units").with(fixtures.basic(fixtures.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("không được để trống"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("không được để trống"));
    }
}
