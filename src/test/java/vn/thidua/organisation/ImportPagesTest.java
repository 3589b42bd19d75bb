package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportPagesTest {

    private static final String HEADER = "unitCode,unitName,parentUnitCode,individualCode,fullName,position,email";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Autowired
    IndividualRepository individuals;

    @Test
    void theAdminSeesTheFormTheRulesAndTheTemplate() throws Exception {
        mvc.perform(get("/admin/import").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập cơ cấu tổ chức")))
                .andExpect(content().string(containsString("Tải lên tệp CSV (UTF-8) hoặc Excel (XLSX)")))
                .andExpect(content().string(containsString("tối đa 10 MB và 50.000 dòng dữ liệu")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("href=\"/admin/import/template.csv\"")))
                .andExpect(content().string(not(containsString("id=\"importErrors\""))));
    }

    @Test
    void theTemplateIsAUtf8CsvWithAHeaderAndTwoVietnameseRows() throws Exception {
        MvcResult result = mvc.perform(get("/admin/import/template.csv").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).startsWith(HEADER + "\r\n").contains("Văn phòng Chính phủ", "Vụ Tổng hợp", "Chuyên viên");
    }

    @Test
    void staffAndUnitHeadsMayNotImport() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Hành chính");
        mvc.perform(get("/admin/import").with(fixtures.as(team.memberUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(fixtures.as(team.headUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import/template.csv").with(fixtures.as(team.memberUser())))
                .andExpect(status().isForbidden());
        String code = Fixtures.unique("X");
        mvc.perform(multipart("/admin/import").file(csv(HEADER, code + ",Vụ Không được phép,,,,,"))
                        .with(fixtures.as(team.headUser())).with(csrf().asHeader()))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void uploadingNeedsTheCsrfToken() throws Exception {
        String code = Fixtures.unique("X");
        mvc.perform(multipart("/admin/import").file(csv(HEADER, code + ",Vụ Không có mã chống giả mạo,,,,,"))
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aGoodFileShowsTheCountsAndTheSameFileAgainChangesNothing() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        MockMultipartFile file = csv(HEADER,
                p + "VQH,Vụ Quan hệ quốc tế,%sVP,%sNV01,Ngô Thị Thu Hà,Chuyên viên chính,ha.ngo@chinhphu.vn"
                        .formatted(p, p),
                p + "VP,Văn phòng Chính phủ,,,,,");

        MvcResult result = mvc.perform(upload(admin, file))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("flashSuccess",
                        "Nhập thành công: 2 đơn vị mới, 1 cá nhân mới, 0 bản ghi được cập nhật."))
                .andReturn();
        mvc.perform(get("/admin/import").with(fixtures.as(admin)).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập thành công: 2 đơn vị mới, 1 cá nhân mới")))
                .andExpect(content().string(containsString("<dd class=\"col-sm-8\" id=\"unitsCreated\">2</dd>")))
                .andExpect(content().string(containsString("<dd class=\"col-sm-8\" id=\"individualsCreated\">1</dd>")));
        assertThat(individuals.findByCode(p + "NV01").orElseThrow().getFullName()).isEqualTo("Ngô Thị Thu Hà");

        mvc.perform(upload(admin, file))
                .andExpect(flash().attribute("flashSuccess",
                        "Không có thay đổi: dữ liệu trong tệp trùng với dữ liệu hiện có."));
    }

    @Test
    void aBadFileShowsEveryBadRowAndImportsNothing() throws Exception {
        String p = Fixtures.unique("");
        mvc.perform(upload(fixtures.admin(), csv(HEADER,
                                p + "VP,Văn phòng Chính phủ,,,,,",
                                p + "VTH,Vụ Tổng hợp,%sVP,%sNV01,Đinh Công Minh,Chuyên viên,minh.dinh(at)chinhphu.vn"
                                        .formatted(p, p),
                                p + "VPL,Vụ Pháp luật,%sVCN,,,,".formatted(p))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Tệp có 2 lỗi; không dữ liệu nào được nhập. Hãy sửa các dòng dưới đây rồi tải lên lại.")))
                .andExpect(content().string(containsString("id=\"importErrors\"")))
                .andExpect(content().string(containsString("data-row=\"3\"")))
                .andExpect(content().string(containsString("<code>email</code>")))
                .andExpect(content().string(containsString("không phải địa chỉ thư điện tử hợp lệ")))
                .andExpect(content().string(containsString("data-row=\"4\"")))
                .andExpect(content().string(containsString("<code>parentUnitCode</code>")))
                .andExpect(content().string(containsString(
                        "không có đơn vị mã &quot;%sVCN&quot; trong tệp cũng như trong hệ thống".formatted(p))));
        assertThat(units.findByCode(p + "VP")).isEmpty();
        assertThat(individuals.findByCode(p + "NV01")).isEmpty();
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithAMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        mvc.perform(upload(fixtures.admin(), new MockMultipartFile("file", "anh.csv", "text/csv", png)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp tải lên là tệp PNG, không phải CSV hay Excel XLSX.")));
    }

    @Test
    void aFileOverTenMegabytesGetsTheTooLargePage() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        mvc.perform(upload(fixtures.admin(), new MockMultipartFile("file", "lon.xlsx", "text/csv", big)))
                .andExpect(status().is(413))
                .andExpect(content().string(containsString("Tệp tải lên vượt quá dung lượng cho phép (10 MB).")));
    }

    /**
     * Uploads as the page does: the form's action carries the CSRF token in its query string (so
     * that a too-large upload is not parsed by the security filters).
     */
    private RequestBuilder upload(String user, MockMultipartFile file) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/admin/import").session(session).with(fixtures.as(user)))
                .andReturn().getResponse().getContentAsString();
        Matcher action = Pattern.compile("id=\"importForm\"\\s+action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).as("the upload form's action").isTrue();
        assertThat(action.group(1)).startsWith("/admin/import?_csrf=");
        return multipart(action.group(1)).file(file).session(session).with(fixtures.as(user));
    }

    private static MockMultipartFile csv(String... lines) {
        return new MockMultipartFile("file", "to-chuc.csv", "text/csv",
                (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
