package vn.thidua.organisation.importing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The downloadable example files: the header and two rows (a top unit with its head, a unit under
 * it with one person). The XLSX has the Vietnamese headers an office writes; the CSV the English
 * ones of API.md, UTF-8 with a BOM so that Excel opens the Vietnamese text correctly.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "mau-nhap-co-cau-to-chuc.csv";
    public static final String XLSX_FILE_NAME = "mau-nhap-co-cau-to-chuc.xlsx";

    private static final List<List<String>> EXAMPLE = List.of(
            List.of("VPCP", "Văn phòng Chính phủ", "", "NV0000", "Đào Anh Toàn", "Bộ trưởng, Chủ nhiệm",
                    "toan.dao@chinhphu.vn", "x"),
            List.of("VTH", "Vụ Tổng hợp", "VPCP", "NV0101", "Nguyễn Minh Ngọc", "Chuyên viên",
                    "ngoc.nguyen@chinhphu.vn", ""));

    private static final String ROWS = """
            VPCP,Văn phòng Chính phủ,,NV0000,Đào Anh Toàn,"Bộ trưởng, Chủ nhiệm",toan.dao@chinhphu.vn
            VTH,Vụ Tổng hợp,VPCP,NV0101,Nguyễn Minh Ngọc,Chuyên viên,ngoc.nguyen@chinhphu.vn
            """;

    private static final List<ImportColumn> CSV_COLUMNS = Arrays.stream(ImportColumn.values())
            .filter(c -> c != ImportColumn.IS_HEAD).toList();

    private ImportTemplate() {
    }

    public static byte[] csv() {
        String header = CSV_COLUMNS.stream().map(ImportColumn::header).collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n" + ROWS.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thi dua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Cơ cấu tổ chức");
            ImportColumn[] columns = ImportColumn.values();
            int[] widths = {12, 28, 20, 12, 26, 24, 28, 14};
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].vietnameseHeader());
                sheet.style(0, c).bold().fillColor("DDEBF7").borderStyle("thin").set();
                sheet.width(c, widths[c]);
            }
            for (int r = 0; r < EXAMPLE.size(); r++) {
                List<String> row = EXAMPLE.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) {
                        sheet.inlineString(r + 1, c, row.get(c));
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
