package vn.thidua.organisation.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.organisation.ImportResult;
import vn.thidua.organisation.importing.OrganisationImportService;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;

/**
 * {@code POST /api/v1/imports/organisation}: 200 with the counts, or 400 with
 * {@code errors: [{row, field, message}]} and nothing imported; 413 too large, 415 wrong type.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final OrganisationImportService imports;
    private final Uploads uploads;

    ImportApiController(OrganisationImportService imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @PostMapping(path = "/organisation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult organisation(@RequestParam("file") MultipartFile file) throws IOException {
        return imports.importFile(uploads.read(file));
    }
}
