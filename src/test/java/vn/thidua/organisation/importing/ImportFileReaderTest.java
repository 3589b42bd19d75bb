package vn.thidua.organisation.importing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.thidua.organisation.importing.ImportFileReader.ImportSheet;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.InvalidRowsException.RowProblem;
import vn.thidua.shared.UnsupportedFileTypeException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading files without the application: formats, row numbers and limits. */
class ImportFileReaderTest {

    private final ImportFileReader reader = new ImportFileReader(3);

    @Test
    void rowNumbersAreTheSpreadsheetsEvenWithEmptyLinesAndCellsOnSeveralLines() {
        ImportSheet sheet = reader.read(utf8("""
                unitCode,unitName

                VTH,"Vụ Tổng hợp
                (hai dòng)"
                ,
                VPL,Vụ Pháp luật
                """));
        assertThat(sheet.rows()).extracting(ImportRow::row).containsExactly(3, 5);
        assertThat(sheet.rows().get(0).get(ImportColumn.UNIT_NAME)).isEqualTo("Vụ Tổng hợp\n(hai dòng)");
        assertThat(sheet.problems()).isEmpty();
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() {
        assertThat(ImportFileReader.delimiterOf("unitCode;unitName;\"a,b,c\"\nX,Y")).isEqualTo(';');
        assertThat(ImportFileReader.delimiterOf("unitCode,unitName\nX;Y;Z")).isEqualTo(',');
        assertThat(ImportFileReader.delimiterOf("\n\nunitCode;unitName")).isEqualTo(';');
    }

    @Test
    void moreRowsThanTheLimitAreRefusedNamingTheFirstRowTooMany() {
        InvalidRowsException refused = catchThrowableOfType(InvalidRowsException.class,
                () -> reader.read(utf8("unitCode,unitName\nA,a\nB,b\n\nC,c\nD,d\n")));
        assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(6);
            assertThat(problem.messageKey()).isEqualTo("import.error.tooManyRows");
            assertThat(problem.arguments()).containsExactly(3);
        });
    }

    @Test
    void textInAColumnWithoutAHeaderIsAProblemOfItsRow() {
        ImportSheet sheet = reader.read(utf8("unitCode,,unitName\nA,x,a\nB,,b,extra\n"));
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.problems()).extracting(RowProblem::row, RowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "B"), org.assertj.core.groups.Tuple.tuple(3, "D"));
        assertThat(sheet.problems().get(1).arguments()).containsExactly("D3");
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRow() {
        InvalidRowsException refused = catchThrowableOfType(InvalidRowsException.class,
                () -> reader.read(utf8("unitCode,unitName\nA,\"Vụ chưa đóng ngoặc\n")));
        assertThat(refused.getProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("import.error.csvSyntax"));
    }

    @Test
    void aDuplicateColumnIsRefused() {
        InvalidRowsException refused = catchThrowableOfType(InvalidRowsException.class,
                () -> reader.read(utf8("unitCode,unitName,UNITNAME\nA,a,b\n")));
        assertThat(refused.getProblems()).extracting(RowProblem::row, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import.error.column.duplicate"));
    }

    @Test
    void xlsxNumbersReadAsTypedAndEmptyRowsAreSkipped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ThiDua", "1.0");
        Worksheet sheet = workbook.newWorksheet("Đơn vị");
        sheet.value(0, 0, "unitCode");
        sheet.value(0, 1, "unitName");
        sheet.value(1, 0, 101);
        sheet.value(1, 1, "Vụ Một trăm lẻ một");
        sheet.value(3, 0, 2.50);
        sheet.value(3, 1, "Vụ Hai phẩy năm");
        workbook.finish();

        ImportSheet read = reader.read(out.toByteArray());
        assertThat(read.rows()).extracting(ImportRow::row).containsExactly(2, 4);
        assertThat(read.rows()).extracting(r -> r.get(ImportColumn.UNIT_CODE)).containsExactly("101", "2.5");
        assertThat(read.rows().get(0).get(ImportColumn.UNIT_NAME)).isEqualTo("Vụ Một trăm lẻ một");
    }

    @Test
    void oldExcelAndBinaryTextAreNotAccepted() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> reader.read(xls)).isInstanceOf(UnsupportedFileTypeException.class)
                .extracting("messageKey").isEqualTo("import.error.type.xls");
        assertThatThrownBy(() -> reader.read(new byte[] {'u', 'n', 'i', 't', 0, 1, 2}))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .extracting("messageKey").isEqualTo("import.error.type.notText");
    }

    // The clerk's own sheet (issue 12) ---------------------------------------------------------

    @Test
    void theClerksVietnameseHeadersWithSttAreReadAndSttIsIgnoredAndNamed() {
        ImportSheet sheet = reader.read(utf8("""
                STT;Mã đơn vị;Tên đơn vị;Mã cán bộ;Họ và tên;Chức vụ;Email
                1;VTH;Vụ Tổng hợp;NV0101;Nguyễn Minh Ngọc;Chuyên viên;ngoc.nguyen@chinhphu.vn
                """));
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.ignoredColumns()).containsExactly("STT");
        ImportRow row = sheet.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.get(ImportColumn.UNIT_CODE)).isEqualTo("VTH");
        assertThat(row.get(ImportColumn.UNIT_NAME)).isEqualTo("Vụ Tổng hợp");
        assertThat(row.get(ImportColumn.INDIVIDUAL_CODE)).isEqualTo("NV0101");
        assertThat(row.get(ImportColumn.FULL_NAME)).isEqualTo("Nguyễn Minh Ngọc");
        assertThat(row.get(ImportColumn.POSITION)).isEqualTo("Chuyên viên");
        assertThat(row.get(ImportColumn.EMAIL)).isEqualTo("ngoc.nguyen@chinhphu.vn");
        assertThat(row.cells()).hasSize(6);
    }

    @Test
    void headersWithoutDiacriticsInAnyCaseOrWithPunctuationAreTheSameColumns() {
        ImportSheet sheet = reader.read(utf8("""
                MA DON VI,ten_don_vi,Mã đơn vị cấp trên,MÃ CÁN BỘ,ho va ten,Trưởng đơn vị,Ghi chú
                VTH,Vụ Tổng hợp,VPCP,NV0101,Nguyễn Minh Ngọc,x,mới
                """));
        assertThat(sheet.ignoredColumns()).containsExactly("Ghi chú");
        ImportRow row = sheet.rows().get(0);
        assertThat(row.get(ImportColumn.UNIT_CODE)).isEqualTo("VTH");
        assertThat(row.get(ImportColumn.UNIT_NAME)).isEqualTo("Vụ Tổng hợp");
        assertThat(row.get(ImportColumn.PARENT_UNIT_CODE)).isEqualTo("VPCP");
        assertThat(row.get(ImportColumn.INDIVIDUAL_CODE)).isEqualTo("NV0101");
        assertThat(row.get(ImportColumn.IS_HEAD)).isEqualTo("x");
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndRowNumbersStayTheFiles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ThiDua", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        sheet.value(0, 0, "DANH SÁCH CÁN BỘ, CÔNG CHỨC");
        sheet.value(1, 0, "Văn phòng Chính phủ");
        sheet.value(1, 3, "Mã đơn vị");
        sheet.value(3, 0, "STT");
        sheet.value(3, 1, "Mã đơn vị");
        sheet.value(3, 2, "Tên đơn vị");
        sheet.value(3, 3, "Mã cán bộ");
        sheet.value(3, 4, "Họ và tên");
        sheet.value(4, 0, 1);
        sheet.value(4, 1, "VTH");
        sheet.value(4, 2, "Vụ Tổng hợp");
        sheet.value(4, 3, "NV0101");
        sheet.value(4, 4, "Nguyễn Minh Ngọc");
        sheet.value(6, 0, 2);
        sheet.value(6, 1, "VPL");
        sheet.value(6, 2, "Vụ Pháp luật");
        workbook.finish();

        ImportSheet read = reader.read(out.toByteArray());
        assertThat(read.problems()).isEmpty();
        assertThat(read.ignoredColumns()).containsExactly("STT");
        assertThat(read.rows()).extracting(ImportRow::row).containsExactly(5, 7);
        assertThat(read.rows()).extracting(r -> r.get(ImportColumn.UNIT_CODE)).containsExactly("VTH", "VPL");
    }

    @Test
    void withoutAnyRowNamingTheRequiredColumnsTheFirstRowSaysWhatItLacks() {
        InvalidRowsException refused = catchThrowableOfType(InvalidRowsException.class, () -> reader.read(utf8("""
                Danh sách cán bộ
                Mã cán bộ,Họ và tên
                NV01,Lê Văn An
                """)));
        assertThat(refused.getProblems()).extracting(RowProblem::row, RowProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "unitCode"), org.assertj.core.groups.Tuple.tuple(1, "unitName"));
    }

    @Test
    void aHeadColumnNeedsTheEmployeeCodeColumn() {
        InvalidRowsException refused = catchThrowableOfType(InvalidRowsException.class, () -> reader.read(utf8("""
                Mã đơn vị,Tên đơn vị,Trưởng đơn vị
                VTH,Vụ Tổng hợp,x
                """)));
        assertThat(refused.getProblems()).extracting(RowProblem::row, RowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "individualCode"));
    }

    @Test
    void theXlsxTemplateReadsBackWithItsExampleRows() {
        ImportSheet read = reader.read(ImportTemplate.xlsx());
        assertThat(read.problems()).isEmpty();
        assertThat(read.ignoredColumns()).isEmpty();
        assertThat(read.rows()).extracting(ImportRow::row).containsExactly(2, 3);
        assertThat(read.rows().get(0).get(ImportColumn.FULL_NAME)).isEqualTo("Đào Anh Toàn");
        assertThat(read.rows().get(0).get(ImportColumn.IS_HEAD)).isEqualTo("x");
        assertThat(read.rows().get(1).get(ImportColumn.PARENT_UNIT_CODE)).isEqualTo("VPCP");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
