package vn.thidua.organisation;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/imports/organisation with real CSV and XLSX files. */
@IntegrationTest
class OrganisationImportApiTest {

    private static final String HEADER = "unitCode,unitName,parentUnitCode,individualCode,fullName,position,email";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    String admin;
    String p;

    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        p = Fixtures.unique("");
    }

    @Test
    void aGoodCsvCreatesTheTreeEvenWhenAParentComesAfterItsChildAndASecondImportChangesNothing() throws Exception {
        Path file = write("to-chuc.csv", csv(
                HEADER,
                p + "PH,Phòng Tổng hợp,%sCUC,%sNV01,Nguyễn Thị Hồng Nhung,Chuyên viên,nhung.nguyen@chinhphu.vn"
                        .formatted(p, p),
                p + "CUC,Cục Kiểm soát thủ tục hành chính, %svp ,%sNV02,Trần Đức Thắng,Cục trưởng,thang.tran@chinhphu.vn"
                        .formatted(p.toLowerCase(), p),
                p + "VP,Văn phòng Chính phủ,,,,,",
                p + "PH,,,%sNV03,Lê Văn Đạt,Cán sự,".formatted(p)));

        upload(Files.readAllBytes(file), "to-chuc.csv", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(3))
                .andExpect(jsonPath("$.individualsCreated").value(3))
                .andExpect(jsonPath("$.updated").value(0));

        Unit root = units.findByCode(p + "VP").orElseThrow();
        Unit cuc = units.findByCode(p + "CUC").orElseThrow();
        Unit phong = units.findByCode(p + "PH").orElseThrow();
        assertThat(root.getName()).isEqualTo("Văn phòng Chính phủ");
        assertThat(root.getParentId()).isNull();
        assertThat(cuc.getName()).isEqualTo("Cục Kiểm soát thủ tục hành chính");
        assertThat(cuc.getParentId()).isEqualTo(root.getId());
        assertThat(phong.getParentId()).isEqualTo(cuc.getId());
        Individual nhung = individuals.findByCode(p + "NV01").orElseThrow();
        assertThat(nhung.getFullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(nhung.getUnitId()).isEqualTo(phong.getId());
        assertThat(nhung.getPosition()).isEqualTo("Chuyên viên");
        assertThat(nhung.getEmail()).isEqualTo("nhung.nguyen@chinhphu.vn");
        assertThat(individuals.findByCode(p + "NV03").orElseThrow().getEmail()).isNull();
        assertThat(auditActions("UNIT", cuc.getId())).containsExactly("CREATED");
        assertThat(auditActions("INDIVIDUAL", nhung.getId())).containsExactly("CREATED");

        upload(Files.readAllBytes(file), "to-chuc.csv", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(0))
                .andExpect(jsonPath("$.individualsCreated").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(auditActions("UNIT", cuc.getId())).containsExactly("CREATED");
    }

    @Test
    void aChangedNameIsOneUpdateAndBlankCellsKeepWhatIsThere() throws Exception {
        upload(csv(HEADER,
                p + "VP,Văn phòng Chính phủ,,,,,",
                p + "VTH,Vụ Tổng hợp,%sVP,%sNV01,Phạm Thu Trang,Chuyên viên,trang.pham@chinhphu.vn".formatted(p, p)),
                "a.csv", admin).andExpect(status().isOk());

        upload(csv(HEADER,
                p + "VTH,Vụ Tổng hợp (mới),,%sNV01,Phạm Thu Trang,,".formatted(p)), "b.csv", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(0))
                .andExpect(jsonPath("$.individualsCreated").value(0))
                .andExpect(jsonPath("$.updated").value(1));

        Unit vth = units.findByCode(p + "VTH").orElseThrow();
        assertThat(vth.getName()).isEqualTo("Vụ Tổng hợp (mới)");
        assertThat(vth.getParentId()).isEqualTo(units.findByCode(p + "VP").orElseThrow().getId());
        Individual trang = individuals.findByCode(p + "NV01").orElseThrow();
        assertThat(trang.getPosition()).isEqualTo("Chuyên viên");
        assertThat(trang.getEmail()).isEqualTo("trang.pham@chinhphu.vn");
        assertThat(auditActions("UNIT", vth.getId())).containsExactly("CREATED", "UPDATED");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ORGANISATION' and action = 'IMPORT'"
                        + " and actor = ? and new_value like '%\"updated\":1%'").param(admin)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGoodXlsxWithColumnsInAnotherOrderAndCase() throws Exception {
        long numericCode = 9_000_000L + Long.parseLong(p.substring(1));
        Path file = folder.resolve("to-chuc.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Cơ cấu tổ chức");
            String[][] rows = {
                    {"FullName", "UNITCODE", "unitname", "ParentUnitCode", "individualCode", "position", "email"},
                    {"Võ Thị Bích Ngọc", p + "CTT", "Cổng Thông tin điện tử Chính phủ", "", p + "NV20",
                            "Tổng Giám đốc", "ngoc.vo@chinhphu.vn"},
                    {"Đặng Quốc Huy", p + "KT", "Phòng Kỹ thuật", p + "CTT", p + "NV21", "Trưởng phòng", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        sheet.value(r, c, rows[r][c]);
                    }
                }
            }
            sheet.value(3, 1, numericCode);
            sheet.value(3, 2, "Đơn vị có mã là số");
            workbook.finish();
        }

        upload(Files.readAllBytes(file), "to-chuc.xlsx", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(3))
                .andExpect(jsonPath("$.individualsCreated").value(2));

        assertThat(units.findByCode(p + "KT").orElseThrow().getParentId())
                .isEqualTo(units.findByCode(p + "CTT").orElseThrow().getId());
        assertThat(individuals.findByCode(p + "NV20").orElseThrow().getFullName()).isEqualTo("Võ Thị Bích Ngọc");
        assertThat(units.findByCode(String.valueOf(numericCode)).orElseThrow().getName()).isEqualTo("Đơn vị có mã là số");
    }

    @Test
    void badRowsInSeveralPlacesAreAllListedAndNothingIsImported() throws Exception {
        upload(csv(HEADER,
                /* 2 */ p + "VP,Văn phòng Chính phủ,,%sNV01,Nguyễn Văn An,Chủ nhiệm,an.nguyen@chinhphu.vn".formatted(p),
                /* 3 */ p + "VTH,Vụ Tổng hợp,%sVP,%sNV02,Trần Thị Bình,Chuyên viên,binh.tran@@chinhphu".formatted(p, p),
                /* 4 */ p + "VPL,Vụ Pháp luật,%sVP,,,,".formatted(p),
                /* 5 */ p + "VCN,Vụ Công nghiệp,%sKHONGCO,,,,".formatted(p),
                /* 6 */ p + "VPL,,,%sNV03,Lê Hoàng Long,Vụ trưởng,long.le@chinhphu.vn".formatted(p),
                /* 7 */ "",
                /* 8 */ p + "VTH,,,%sNV04,Phạm Ngọc Ánh,Chuyên viên chính,".formatted(p),
                /* 9 */ p + "VTH,,,%sNV05,,Cán sự,".formatted(p)),
                "loi.csv", admin)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("Tệp có 3 lỗi; không dữ liệu nào được nhập")));

        JsonNode errors = lastErrors;
        assertThat(rowsAndFields(errors)).containsExactly("3:email", "5:parentUnitCode", "9:fullName");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("không phải địa chỉ thư điện tử hợp lệ");
        assertThat(errors.get(1).get("message").asString())
                .isEqualTo("không có đơn vị mã \"%sKHONGCO\" trong tệp cũng như trong hệ thống".formatted(p));
        assertThat(errors.get(2).get("message").asString()).isEqualTo("cá nhân \"%sNV05\" cần có họ và tên".formatted(p));

        assertThat(units.findByCode(p + "VP")).isEmpty();
        assertThat(units.findByCode(p + "VPL")).isEmpty();
        assertThat(individuals.findByCode(p + "NV01")).isEmpty();
        assertThat(individuals.findByCode(p + "NV04")).isEmpty();
    }

    @Test
    void rowsThatContradictEachOtherOrTheOrganisationAreRefused() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Nội chính");
        upload(csv(HEADER,
                /* 2 */ p + "A,Đơn vị A,%sB,,,,".formatted(p),
                /* 3 */ p + "B,Đơn vị B,%sA,,,,".formatted(p),
                /* 4 */ p + "C,Đơn vị C,,%sN1,Người Một,,".formatted(p),
                /* 5 */ p + "C,Đơn vị C khác,,,,,",
                /* 6 */ p + "C,,,%sN1,Người Hai,,".formatted(p),
                /* 7 */ p + "C,,,%s,%s,Vụ trưởng,".formatted(team.head().getCode(), team.head().getFullName()),
                /* 8 */ p + "D,,,,,,",
                /* 9 */ ",,,,Người không mã,,",
                /* 10 */ "Vụ X,Tên,,,,,"),
                "mau-thuan.csv", admin)
                .andExpect(status().isBadRequest());

        assertThat(rowsAndFields(lastErrors)).containsExactly("2:parentUnitCode", "3:parentUnitCode",
                "5:unitName", "6:fullName", "7:unitCode", "8:unitName", "9:unitCode", "9:individualCode",
                "10:unitCode");
        assertThat(message(lastErrors, 0)).isEqualTo("đơn vị cấp trên tạo thành vòng lặp: %sA → %sB → %sA"
                .formatted(p, p, p));
        assertThat(message(lastErrors, 2)).startsWith("đơn vị \"%sC\" đã được ghi tên khác ở dòng 4".formatted(p));
        assertThat(message(lastErrors, 3)).startsWith("mã cán bộ \"%sN1\" đã có ở dòng 4 với fullName khác"
                .formatted(p));
        assertThat(message(lastErrors, 4)).isEqualTo(("%s (%s) đang là thủ trưởng của Vụ Nội chính nên không thể "
                + "chuyển sang đơn vị \"%sC\"; hãy chọn thủ trưởng khác cho Vụ Nội chính trước")
                .formatted(team.head().getFullName(), team.head().getCode(), p));
        assertThat(message(lastErrors, 5)).isEqualTo("đơn vị mới \"%sD\" cần có tên: không dòng nào ghi tên đơn vị này"
                .formatted(p));
        assertThat(message(lastErrors, 8)).startsWith("mã chỉ gồm chữ cái không dấu");
        assertThat(units.findByCode(p + "A")).isEmpty();
        assertThat(individuals.findById(team.head().getId()).orElseThrow().getUnitId()).isEqualTo(team.unit().getId());
    }

    @Test
    void semicolonsAndAByteOrderMarkAsExcelWritesThem() throws Exception {
        byte[] file = ("\uFEFF" + String.join("\r\n",
                HEADER.replace(',', ';'),
                p + "VHC;Vụ Hành chính;;%sNV01;Đỗ Thị Thanh Hương;Chuyên viên cao cấp;\"huong.do@chinhphu.vn\"".formatted(p),
                p + "VHC;;;%sNV02;\"Bùi Văn Nam; Jr\";Cán sự;".formatted(p)) + "\r\n").getBytes(StandardCharsets.UTF_8);

        upload(file, "excel.csv", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(1))
                .andExpect(jsonPath("$.individualsCreated").value(2));
        assertThat(units.findByCode(p + "VHC").orElseThrow().getName()).isEqualTo("Vụ Hành chính");
        assertThat(individuals.findByCode(p + "NV01").orElseThrow().getFullName()).isEqualTo("Đỗ Thị Thanh Hương");
        assertThat(individuals.findByCode(p + "NV02").orElseThrow().getFullName()).isEqualTo("Bùi Văn Nam; Jr");
    }

    @Test
    void aMissingOrUnknownColumnIsAProblemOfRowOne() throws Exception {
        // an unknown column ("phone") is ignored, a missing one is still a problem
        upload(csv("unitCode,parentUnitCode,fullName,phone", p + "X,,,"), "cot.csv", admin)
                .andExpect(status().isBadRequest());
        assertThat(rowsAndFields(lastErrors)).containsExactly("1:unitName");
        assertThat(message(lastErrors, 0)).isEqualTo("thiếu cột bắt buộc \"unitName\"");

        upload(new byte[0], "trong.csv", admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].message").value("tệp trống: không có hàng tiêu đề"));
        upload(csv(HEADER), "tieu-de.csv", admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].message").value("tệp chỉ có hàng tiêu đề, không có dòng dữ liệu nào"));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv("unitCode", "X")))
                        .header("Accept-Language", "en")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("unitName"))
                .andExpect(jsonPath("$.errors[0].message").value("the required column \"unitName\" is missing"));
    }

    @Test
    void otherContentIsRefusedWhateverItsNameSays() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload(png, "to-chuc.csv", admin)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("Tệp tải lên là tệp PNG, không phải CSV hay Excel XLSX."));

        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        upload(pdf, "to-chuc.csv", admin).andExpect(status().isUnsupportedMediaType());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        upload(zip.toByteArray(), "to-chuc.xlsx", admin)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("Tệp nén (ZIP) này không phải bảng tính Excel XLSX đọc được."));

        byte[] windows1258 = (HEADER + "\nVHC,Vụ Hành chính,,,,,\n").getBytes(Charset.forName("windows-1258"));
        upload(windows1258, "to-chuc.csv", admin).andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void moreThanTenMegabytesIsTooLarge() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(big, "lon.csv", admin)
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"));
    }

    @Test
    void onlyTheEmulationOfficeMayImport() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Khoa giáo – Văn xã");
        byte[] file = csv(HEADER, p + "VX,Vụ Thử quyền,,,,,");
        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            upload(file, "quyen.csv", user).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.title").value("Không có quyền"));
        }
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "quyen.csv", "text/csv", file)).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "quyen.csv", "text/csv", file))
                        .with(fixtures.basic(team.memberUser())))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(p + "VX")).isEmpty();

        mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "quyen.csv", "text/csv", file))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isOk());
        assertThat(units.findByCode(p + "VX")).isPresent();
    }

    @Test
    void theClerksOwnSheetWithTitleRowsVietnameseHeadersAndSttImportsAndNamesTheIgnoredColumn() throws Exception {
        Path file = folder.resolve("danh-sach.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Cán bộ");
            sheet.value(0, 0, "DANH SÁCH CÁN BỘ VỤ TỔNG HỢP");
            String[] header = {"STT", "Mã đơn vị", "Tên đơn vị", "Mã cán bộ", "Họ và tên", "Chức vụ", "Email"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            sheet.value(3, 0, 1);
            sheet.value(3, 1, p + "VTH");
            sheet.value(3, 2, "Vụ Tổng hợp");
            sheet.value(3, 3, p + "NV01");
            sheet.value(3, 4, "Nguyễn Minh Ngọc");
            sheet.value(3, 5, "Chuyên viên");
            sheet.value(3, 6, "ngoc.nguyen@chinhphu.vn");
            sheet.value(4, 0, 2);
            sheet.value(4, 1, p + "VTH");
            sheet.value(4, 3, p + "NV02");
            sheet.value(4, 4, "Trần Quốc Bảo");
            sheet.value(4, 6, "bao.tran(at)chinhphu.vn");
            workbook.finish();
        }
        // the bad e-mail is reported on the sheet's own row 5, under the API's column name
        upload(Files.readAllBytes(file), "danh-sach.xlsx", admin).andExpect(status().isBadRequest());
        assertThat(rowsAndFields(lastErrors)).containsExactly("5:email");
        assertThat(units.findByCode(p + "VTH")).isEmpty();

        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Cán bộ");
            sheet.value(0, 0, "DANH SÁCH CÁN BỘ VỤ TỔNG HỢP");
            String[] header = {"STT", "Mã đơn vị", "Tên đơn vị", "Mã cán bộ", "Họ và tên", "Chức vụ", "Email"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            sheet.value(3, 0, 1);
            sheet.value(3, 1, p + "VTH");
            sheet.value(3, 2, "Vụ Tổng hợp");
            sheet.value(3, 3, p + "NV01");
            sheet.value(3, 4, "Nguyễn Minh Ngọc");
            workbook.finish();
        }
        upload(Files.readAllBytes(file), "danh-sach.xlsx", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(1))
                .andExpect(jsonPath("$.individualsCreated").value(1))
                .andExpect(jsonPath("$.ignoredColumns[0]").value("STT"))
                .andExpect(jsonPath("$.ignoredColumns.length()").value(1))
                .andExpect(jsonPath("$.accountsCreated").value(0))
                .andExpect(jsonPath("$.accounts.length()").value(0));
        assertThat(individuals.findByCode(p + "NV01").orElseThrow().getFullName()).isEqualTo("Nguyễn Minh Ngọc");
    }

    @Test
    void theClerksSemicolonCsvWithoutDiacriticsAndAHeadColumnSetsTheHead() throws Exception {
        upload(csv("stt;ma don vi;TEN DON VI;ma can bo;ho va ten;chuc vu;email;truong don vi",
                        "1;" + p + "VPL;Vụ Pháp luật;" + p + "NV11;Phạm Thu Trang;Vụ trưởng;;x",
                        "2;" + p + "VPL;;" + p + "NV12;Hoàng Văn Đức;Chuyên viên;;"),
                "phap-luat.csv", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsCreated").value(1))
                .andExpect(jsonPath("$.individualsCreated").value(2))
                .andExpect(jsonPath("$.ignoredColumns[0]").value("stt"));
        Unit unit = units.findByCode(p + "VPL").orElseThrow();
        assertThat(unit.getHeadIndividualId()).isEqualTo(individuals.findByCode(p + "NV11").orElseThrow().getId());

        upload(csv("Mã đơn vị,Tên đơn vị,Mã cán bộ,Họ và tên,Trưởng đơn vị",
                        p + "VHC,Vụ Hành chính," + p + "NV21,Lê An,có",
                        p + "VHC,," + p + "NV22,Lê Bình,x",
                        p + "VHC,," + p + "NV23,Lê Chi,chắc chắn"),
                "hai-truong.csv", admin)
                .andExpect(status().isBadRequest());
        assertThat(rowsAndFields(lastErrors)).containsExactly("3:isHead", "4:isHead");
        assertThat(message(lastErrors, 0)).isEqualTo(
                "đơn vị \"%sVHC\" đã có thủ trưởng được đánh dấu ở dòng 2 (\"%sNV21\"); mỗi đơn vị chỉ có một thủ trưởng"
                        .formatted(p, p));
        assertThat(message(lastErrors, 1)).startsWith("ô Trưởng đơn vị có giá trị \"chắc chắn\"");
    }

    // -----------------------------------------------------------------------------------------

    private JsonNode lastErrors;

    private ResultActions upload(byte[] content, String name, String user) throws Exception {
        return upload(content, name, fixtures.as(user));
    }

    private ResultActions upload(byte[] content, String name, RequestPostProcessor user) throws Exception {
        ResultActions result = mvc.perform(multipart("/api/v1/imports/organisation")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(user).with(csrf()));
        String body = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        lastErrors = body.isEmpty() ? null : Json.read(body).get("errors");
        return result;
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static List<String> rowsAndFields(JsonNode errors) {
        List<String> pairs = new ArrayList<>();
        errors.forEach(e -> pairs.add(e.get("row").asInt() + ":" + e.get("field").asString()));
        return pairs;
    }

    private static String message(JsonNode errors, int index) {
        return errors.get(index).get("message").asString();
    }

    private List<String> auditActions(String entity, Long id) {
        return jdbc.sql("select action from audit_event where entity = ? and entity_id = ? order by id")
                .param(entity).param(id).query(String.class).list();
    }
}
