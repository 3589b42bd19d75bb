package vn.thidua.award.record.web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.record.TitleAwardImport;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.UnsupportedFileTypeException;
import vn.thidua.shared.web.Uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The admin page that imports titles of past years: upload, the counts or every bad row, the templates. */
@Controller
@RequestMapping("/admin/title-awards/import")
class TitleAwardImportController {

    private static final String VIEW = "award/import";
    private static final String PAGE = "redirect:/admin/title-awards/import";
    static final int MAX_SHOWN_ERRORS = 500;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String[] HEADERS = {"subjectType", "subjectCode", "titleCode", "year", "decisionNumber",
            "decisionDate"};
    private static final String[] VIETNAMESE_HEADERS = {"Loại đối tượng", "Mã", "Mã danh hiệu", "Năm",
            "Số quyết định", "Ngày quyết định"};
    private static final String[][] EXAMPLES = {
            {"Cá nhân", "CB001", "LDTT", "2019", "125/QĐ-VPCP", "20/12/2019"},
            {"Tập thể", "VTH", "TTLDXS", "2019", "126/QĐ-VPCP", "20/12/2019"}};

    private final TitleAwardImport imports;
    private final Uploads uploads;
    private final Messages messages;

    TitleAwardImportController(TitleAwardImport imports, Uploads uploads, Messages messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping
    String page() {
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            TitleAwardImport.Result result = imports.importFile(uploads.read(file));
            redirect.addFlashAttribute("flashSuccess", messages.get("record.import.success",
                    result.created(), result.unchanged()));
            redirect.addFlashAttribute("created", result.created());
            redirect.addFlashAttribute("unchanged", result.unchanged());
        } catch (InvalidRowsException e) {
            List<BadRow> rows = e.getProblems().stream()
                    .map(p -> new BadRow(p.row(), p.field(), messages.get(p.messageKey(), p.arguments())))
                    .toList();
            redirect.addFlashAttribute("importFailed", messages.of(e));
            redirect.addFlashAttribute("importErrors", List.copyOf(rows.subList(0, Math.min(rows.size(),
                    MAX_SHOWN_ERRORS))));
        } catch (UnsupportedFileTypeException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return PAGE;
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csv() {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", HEADERS)).append("\r\n");
        for (String[] row : EXAMPLES) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return download(text.toString().getBytes(StandardCharsets.UTF_8), "danh-hieu-cac-nam.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh hiệu các năm");
            for (int c = 0; c < VIETNAMESE_HEADERS.length; c++) {
                sheet.value(0, c, VIETNAMESE_HEADERS[c]);
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 0 || c == 5 ? 18 : 16);
            }
            for (int r = 0; r < EXAMPLES.length; r++) {
                for (int c = 0; c < EXAMPLES[r].length; c++) {
                    sheet.value(r + 1, c, EXAMPLES[r][c]);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), "danh-hieu-cac-nam.xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** One line of the error table; it crosses the redirect in the (database) session. */
    public record BadRow(int row, String field, String message) implements Serializable {
    }
}
