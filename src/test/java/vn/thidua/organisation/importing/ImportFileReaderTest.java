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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
