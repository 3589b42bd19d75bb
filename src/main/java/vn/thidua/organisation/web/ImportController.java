package vn.thidua.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.importing.ImportTemplate;
import vn.thidua.organisation.importing.OrganisationImportService;
import vn.thidua.organisation.importing.OrganisationImportService.WithAccounts;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.UnsupportedFileTypeException;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The emulation office uploads the organisation (units and people) as CSV or XLSX: the counts
 * after a good file (and accounts with a one-time list of initial passwords), every bad row of a
 * refused one. Every answer to the upload is a redirect: the upload's address carries the CSRF
 * token (see MultipartCsrfTokenFilter), and the address bar must never show it.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

    private static final String VIEW = "organisation/import";
    private static final String PAGE = "redirect:/admin/import";

    /** Bad rows shown on the page (they travel in the session's flash); the API lists them all. */
    static final int MAX_SHOWN_ERRORS = 500;

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganisationImportService imports;
    private final Uploads uploads;
    private final Messages messages;

    ImportController(OrganisationImportService imports, Uploads uploads, Messages messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.messages = messages;
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return OrganisationImportService.MAX_ROWS;
    }

    @GetMapping
    String page() {
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "createAccounts", defaultValue = "false") boolean createAccounts,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            byte[] content = uploads.read(file);
            ImportResult result;
            if (createAccounts) {
                WithAccounts done = imports.importWithAccounts(content, true);
                result = done.result();
                NewAccountsLink.give(done.accounts(), redirect, request, response);
            } else {
                result = imports.importFile(content);
            }
            redirect.addFlashAttribute("flashSuccess", result.changedNothing()
                    ? messages.get("import.nothingChanged")
                    : messages.get("import.success", result.unitsCreated(), result.individualsCreated(),
                    result.updated()));
            redirect.addFlashAttribute("importResult", result);
        } catch (InvalidRowsException e) {
            List<BadRow> rows = e.getProblems().stream()
                    .map(p -> new BadRow(p.row(), p.field(), messages.get(p.messageKey(), p.arguments())))
                    .toList();
            redirect.addFlashAttribute("importFailed", messages.of(e));
            redirect.addFlashAttribute("importErrors", List.copyOf(rows.subList(0, Math.min(rows.size(),
                    MAX_SHOWN_ERRORS))));
            if (rows.size() > MAX_SHOWN_ERRORS) {
                redirect.addFlashAttribute("importErrorsMore",
                        messages.get("import.errors.more", MAX_SHOWN_ERRORS, rows.size()));
            }
        } catch (UnsupportedFileTypeException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return PAGE;
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ImportTemplate.FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(ImportTemplate.csv());
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ImportTemplate.XLSX_FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(ImportTemplate.xlsx());
    }

    /** One line of the error table; it crosses the redirect in the (database) session. */
    public record BadRow(int row, String field, String message) implements Serializable {
    }
}
