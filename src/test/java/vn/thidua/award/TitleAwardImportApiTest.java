package vn.thidua.award;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.shared.OfficeTime;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/imports/title-awards with real CSV and XLSX files. */
@IntegrationTest
class TitleAwardImportApiTest {

    private static final String HEADER = "subjectType,subjectCode,titleCode,year,decisionNumber,decisionDate";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGoodCsvRecordsTheAwardsAndImportingItAgainChangesNothing() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Nhập " + Fixtures.unique(""));
        String person = team.member().getCode();
        byte[] file = csv(HEADER,
                "INDIVIDUAL," + person + ",LDTT,2019,125/QĐ-VPCP,20/12/2019",
                "INDIVIDUAL," + person.toLowerCase() + ",CSTDCS,2019,125/QĐ-VPCP,2019-12-20",
                "COLLECTIVE," + team.unit().getCode() + ",TTLDTT,2018,,");

        upload(file, admin).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.unchanged").value(0));
        assertThat(jdbc.sql("""
                        select title_code || ' ' || year || ' ' || coalesce(decision_number, '-') || ' '
                               || coalesce(to_char(decision_date, 'DD/MM/YYYY'), '-') || ' ' || source
                        from title_award where subject_type = 'INDIVIDUAL' and subject_id = :id order by title_code""")
                .param("id", team.member().getId()).query(String.class).list())
                .containsExactly("CSTDCS 2019 125/QĐ-VPCP 20/12/2019 IMPORT", "LDTT 2019 125/QĐ-VPCP 20/12/2019 IMPORT");
        assertThat(jdbc.sql("select title_code from title_award where subject_type = 'COLLECTIVE' and subject_id = :id")
                .param("id", team.unit().getId()).query(String.class).list()).containsExactly("TTLDTT");

        upload(file, admin).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(jdbc.sql("select count(*) from title_award where subject_id in (:a, :b)")
                .param("a", team.member().getId()).param("b", team.unit().getId()).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aFileWithBadRowsNamesEachRowAndFieldAndImportsNothing() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Lỗi " + Fixtures.unique(""));
        String person = team.member().getCode();
        String unit = team.unit().getCode();
        int nextYear = OfficeTime.today().getYear() + 1;
        byte[] file = csv(HEADER,
                "INDIVIDUAL," + person + ",LDTT,2019,1/QĐ,",                  // 2 good
                "INDIVIDUAL,KHONGCO99,LDTT,2019,,",                            // 3 unknown code
                "INDIVIDUAL," + person + ",TTLDTT,2019,,",                     // 4 title for units
                "",                                                            // 5 blank: skipped
                "INDIVIDUAL," + person + ",LDTT,2019,2/QĐ,",                   // 6 same as row 2
                "COLLECTIVE," + unit + ",TTLDXS," + nextYear + ",,",           // 7 future year
                "COLLECTIVE," + unit + ",TTLDTT,2017,3/QĐ,31/02/2017",         // 8 no such date
                "Nhóm," + unit + ",XYZ,2017,,");                               // 9 bad type, unknown title

        upload(file, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(7))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("subjectCode"))
                .andExpect(jsonPath("$.errors[0].message").value("không có cá nhân mã \"KHONGCO99\""))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("titleCode"))
                .andExpect(jsonPath("$.errors[1].message").value("danh hiệu TTLDTT không dành cho cá nhân"))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[2].field").value("titleCode"))
                .andExpect(jsonPath("$.errors[2].message").value("trùng với dòng 2: cùng đối tượng, danh hiệu và năm"))
                .andExpect(jsonPath("$.errors[3].row").value(7))
                .andExpect(jsonPath("$.errors[3].field").value("year"))
                .andExpect(jsonPath("$.errors[3].message")
                        .value("năm " + nextYear + " chưa đến (năm nay là " + (nextYear - 1) + ")"))
                .andExpect(jsonPath("$.errors[4].row").value(8))
                .andExpect(jsonPath("$.errors[4].field").value("decisionDate"))
                .andExpect(jsonPath("$.errors[4].message")
                        .value("ngày quyết định \"31/02/2017\" không hợp lệ: ghi dd/MM/yyyy hoặc yyyy-MM-dd"))
                .andExpect(jsonPath("$.errors[5].row").value(9))
                .andExpect(jsonPath("$.errors[5].field").value("subjectType"))
                .andExpect(jsonPath("$.errors[6].row").value(9))
                .andExpect(jsonPath("$.errors[6].field").value("titleCode"))
                .andExpect(jsonPath("$.errors[6].message").value("không có danh hiệu \"XYZ\""));
        assertThat(jdbc.sql("select count(*) from title_award where subject_id in (:a, :b)")
                .param("a", team.member().getId()).param("b", team.unit().getId()).query(Integer.class).single())
                .isZero();
    }

    @Test
    void anAwardAlreadyRecordedWithAnotherDecisionIsABadRow() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Khác QĐ " + Fixtures.unique(""));
        String person = team.member().getCode();
        upload(csv(HEADER, "INDIVIDUAL," + person + ",LDTT,2019,1/QĐ,"), admin).andExpect(status().isOk());
        upload(csv(HEADER, "INDIVIDUAL," + person + ",CSTDCS,2019,1/QĐ,", "INDIVIDUAL," + person + ",LDTT,2019,9/QĐ,"),
                admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("decisionNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("danh hiệu LDTT năm 2019 đã được ghi với quyết định 1/QĐ"));
        assertThat(jdbc.sql("select count(*) from title_award where subject_type = 'INDIVIDUAL' and subject_id = :id")
                .param("id", team.member().getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anXlsxWithVietnameseHeadersWithoutDiacriticsInAnyOrder() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Excel " + Fixtures.unique(""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ThiDua", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh hiệu");
        String[] header = {"NĂM", "Danh hieu", "doi tuong", "Ma", "So quyet dinh", "Ngày quyết định"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, 2019);
        sheet.value(1, 1, "Lao động tiên tiến");
        sheet.value(1, 2, "Cá nhân");
        sheet.value(1, 3, team.member().getCode());
        sheet.value(1, 4, "45/QĐ-VPCP");
        sheet.value(1, 5, LocalDate.of(2019, 12, 26));
        sheet.style(1, 5).format("dd/mm/yyyy").set();
        sheet.value(2, 0, 2018);
        sheet.value(2, 1, "TTLDXS");
        sheet.value(2, 2, "Tập thể");
        sheet.value(2, 3, team.unit().getCode());
        workbook.finish();

        upload(out.toByteArray(), admin).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(jdbc.sql("""
                        select title_code || ' ' || year || ' ' || decision_number || ' ' || to_char(decision_date, 'DD/MM/YYYY')
                        from title_award where subject_type = 'INDIVIDUAL' and subject_id = :id""")
                .param("id", team.member().getId()).query(String.class).list())
                .containsExactly("LDTT 2019 45/QĐ-VPCP 26/12/2019");
        assertThat(jdbc.sql("select title_code || ' ' || year from title_award where subject_type = 'COLLECTIVE' "
                + "and subject_id = :id").param("id", team.unit().getId()).query(String.class).list())
                .containsExactly("TTLDXS 2018");
        assertThat(jdbc.sql("select new_value from audit_event where entity = 'TITLE_AWARD' and action = 'IMPORT' "
                + "order by id desc limit 1").query(String.class).single()).isEqualTo("{\"created\":2,\"unchanged\":0}");
    }

    @Test
    void aMissingColumnIsNamedAndOnlyAdminsImport() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Cột " + Fixtures.unique(""));
        upload(csv("subjectType,subjectCode,year", "INDIVIDUAL," + team.member().getCode() + ",2019"),
                fixtures.admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("titleCode"));
        byte[] good = csv(HEADER, "INDIVIDUAL," + team.member().getCode() + ",LDTT,2019,,");
        upload(good, team.headUser()).andExpect(status().isForbidden());
        upload(good, fixtures.board()).andExpect(status().isForbidden());
        upload(new byte[] {'%', 'P', 'D', 'F', '-', 1, 2}, fixtures.admin())
                .andExpect(status().isUnsupportedMediaType());
    }

    private ResultActions upload(byte[] content, String user) throws Exception {
        return mvc.perform(multipart("/api/v1/imports/title-awards")
                .file(new MockMultipartFile("file", "danh-hieu.csv", "application/octet-stream", content))
                .with(fixtures.as(user)).with(csrf()));
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
