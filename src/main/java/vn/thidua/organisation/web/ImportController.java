package vn.thidua.organisation.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.UnsupportedFileTypeException;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The emulation office uploads the organisation (units and people) as CSV or XLSX: the counts
 * after a good file, every bad row of a refused one.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

    private static final String VIEW = "organisation/import";

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
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            ImportResult result = imports.importFile(uploads.read(file));
            redirect.addFlashAttribute("flashSuccess", result.changedNothing()
                    ? messages.get("import.nothingChanged")
                    : messages.get("import.success", result.unitsCreated(), result.individualsCreated(),
                    result.updated()));
            redirect.addFlashAttribute("importResult", result);
            return "redirect:/admin/import";
        } catch (InvalidRowsException e) {
            model.addAttribute("importFailed", messages.of(e));
            model.addAttribute("importErrors", e.getProblems().stream()
                    .map(p -> new BadRow(p.row(), p.field(), messages.get(p.messageKey(), p.arguments())))
                    .toList());
        } catch (UnsupportedFileTypeException e) {
            model.addAttribute("flashError", messages.of(e));
        }
        return VIEW;
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ImportTemplate.FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(ImportTemplate.csv());
    }

    /** One line of the error table. */
    public record BadRow(int row, String field, String message) {
    }
}
