package vn.thidua.browser;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulation office imports its own Excel sheet (title rows, STT, Vietnamese headers, a head
 * column), downloads the initial passwords once, and a new person's first sign-in goes to the
 * password page. Screenshots at 1366 and 390 px under target/screenshots/import-*.
 */
class ImportBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "Mật khẩu mới của Trang 2026";

    @Autowired
    Fixtures fixtures;

    @Test
    void theClerksSheetImportsWithAccountsAndTheFirstSignInChangesThePassword() throws IOException {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        Path sheet = clerksSheet(p, "trang.pham@chinhphu.vn");
        Path bad = clerksSheet(Fixtures.unique(""), "trang.pham(at)chinhphu.vn");

        signIn(admin, Fixtures.PASSWORD);
        open("/admin/import");
        assertThat(text("h1")).isEqualTo("Nhập cơ cấu tổ chức");
        assertThat(find("#createAccounts").isSelected()).isTrue();
        screenshotAtWidths("import-page");

        // a bad e-mail on the sheet's row 4 (below a title and a blank row): the error names row 4, and the address has no token
        find("#file").sendKeys(bad.toAbsolutePath().toString());
        click("#importSubmit");
        find("#importErrors");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/admin/import"));
        assertThat(find("tr.import-error").getDomAttribute("data-row")).isEqualTo("4");
        screenshotAtWidths("import-errors");

        find("#file").sendKeys(sheet.toAbsolutePath().toString());
        click("#importSubmit");
        find("#importResult");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/admin/import")).doesNotContain("_csrf");
        assertThat(text("#individualsCreated")).isEqualTo("2");
        assertThat(text("#ignoredColumns")).isEqualTo("Các cột được bỏ qua (không phải cột nhập dữ liệu): STT.");
        assertThat(text("#accountsCreated")).isEqualTo("Đã tạo 2 tài khoản mới với mật khẩu ban đầu.");
        screenshotAtWidths("import-done");

        click("#downloadInitialPasswords");
        Path list = awaitDownload(".xlsx");
        List<List<String>> rows = Xlsx.rows(Files.readAllBytes(list));
        assertThat(rows.get(4).subList(1, 4)).containsExactly(p + "NV01", p + "NV01", "Phạm Thu Trang");
        String password = rows.get(4).get(5);

        // the link again: the list cannot be shown a second time
        click("#downloadInitialPasswords");
        assertThat(text("#initialPasswordsGone")).startsWith("Danh sách mật khẩu ban đầu này không còn");
        screenshotAtWidths("import-passwords-gone");
        signOut();

        signIn(p + "NV01", password);
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/account/password"));
        assertThat(text("#mustChangePassword")).startsWith("Bạn đang dùng mật khẩu ban đầu");
        open("/campaigns");
        assertThat(driver.getCurrentUrl()).as("no other page").isEqualTo(url("/account/password"));
        screenshotAtWidths("import-first-sign-in");
        type("#currentPassword", password);
        type("#newPassword", NEW_PASSWORD);
        type("#confirmPassword", NEW_PASSWORD);
        click("#changePassword");
        assertThat(text("[role=status]")).isEqualTo("Đã đổi mật khẩu. Từ nay hãy đăng nhập bằng mật khẩu mới.");
        open("/campaigns");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/campaigns"));
    }

    @Test
    void theUnitPageMakesAccountsForEveryoneWithoutOne() {
        String admin = fixtures.admin();
        vn.thidua.organisation.Unit unit = fixtures.unit("Vụ Công nghiệp");
        vn.thidua.organisation.Unit sub = fixtures.unit("Phòng Cơ khí", unit.getId());
        fixtures.individual(unit.getId(), "Ngô Bảo Châu");
        fixtures.individual(sub.getId(), "Lý Thị Mai");

        signIn(admin, Fixtures.PASSWORD);
        open("/admin/units/" + unit.getId() + "/edit");
        click("#createUnitAccounts");
        assertThat(text("#accountsCreated")).isEqualTo("Đã tạo 2 tài khoản mới với mật khẩu ban đầu.");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/admin/units/" + unit.getId() + "/edit"));
        find("#downloadInitialPasswords");
        screenshotAtWidths("import-unit-accounts");
    }

    /** The office's sheet: a title, a blank row, STT and Vietnamese headers, a head column. */
    private static Path clerksSheet(String p, String email) throws IOException {
        Path file = Files.createTempFile("danh-sach-can-bo", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            sheet.value(0, 0, "DANH SÁCH CÁN BỘ VỤ KINH TẾ NGÀNH");
            String[] header = {"STT", "Mã đơn vị", "Tên đơn vị", "Mã cán bộ", "Họ và tên", "Chức vụ", "Email",
                    "Trưởng đơn vị"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            Object[][] rows = {
                    {1, p + "VKT", "Vụ Kinh tế ngành", p + "NV01", "Phạm Thu Trang", "Vụ trưởng", email, "x"},
                    {2, p + "VKT", "Vụ Kinh tế ngành", p + "NV02", "Hoàng Văn Đức", "Chuyên viên", null, null}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Integer number) {
                        sheet.value(3 + r, c, number);
                    } else if (value != null) {
                        sheet.value(3 + r, c, (String) value);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static Path awaitDownload(String extension) {
        wait.until(d -> complete(extension) != null);
        return complete(extension);
    }

    private static Path complete(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> {
                        try {
                            return Files.size(f) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
