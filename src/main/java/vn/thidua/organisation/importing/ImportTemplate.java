package vn.thidua.organisation.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The downloadable example file: the header and two rows (a top unit with its head, a unit under
 * it with one person). UTF-8 with a BOM, so that Excel opens the Vietnamese text correctly.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "mau-nhap-co-cau-to-chuc.csv";

    private static final String ROWS = """
            VPCP,Văn phòng Chính phủ,,NV0000,Đào Anh Toàn,"Bộ trưởng, Chủ nhiệm",toan.dao@chinhphu.vn
            VTH,Vụ Tổng hợp,VPCP,NV0101,Nguyễn Minh Ngọc,Chuyên viên,ngoc.nguyen@chinhphu.vn
            """;

    private ImportTemplate() {
    }

    public static byte[] csv() {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n" + ROWS.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }
}
