package vn.thidua.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.organisation.importing.OrganisationImportService;
import vn.thidua.organisation.importing.OrganisationImportService.WithAccounts;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;

/**
 * {@code POST /api/v1/imports/organisation}: 200 with the counts, or 400 with
 * {@code errors: [{row, field, message}]} and nothing imported; 413 too large, 415 wrong type.
 * With {@code createAccounts=true} the people of the file who have no account get one, and the
 * answer is the only place their initial passwords are ever shown.
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

    @Operation(summary = "Import units and individuals from CSV (UTF-8) or XLSX",
            description = "Headers in English (unitCode, unitName, parentUnitCode, individualCode, fullName, position, "
                    + "email, isHead) or Vietnamese (Mã đơn vị, Tên đơn vị, Mã đơn vị cấp trên, Mã cán bộ, Họ và tên, "
                    + "Chức vụ, Email, Trưởng đơn vị), with or without diacritics, in any case; the header row is the "
                    + "first row naming unitCode and unitName (title rows above it are skipped); other columns (e.g. "
                    + "STT) are ignored and listed in ignoredColumns. Row numbers in errors are the file's own. "
                    + "All or nothing.")
    @PostMapping(path = "/organisation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResponse organisation(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "also create an account (username = employee code, STAFF, plus UNIT_HEAD for "
                    + "heads, a one-time initial password to change at the first sign-in) for each active person "
                    + "of the file who has none; their passwords are in `accounts`, shown this once")
            @RequestParam(name = "createAccounts", defaultValue = "false") boolean createAccounts) throws IOException {
        byte[] content = uploads.read(file);
        if (!createAccounts) {
            return ImportResponse.of(imports.importFile(content), null);
        }
        WithAccounts done = imports.importWithAccounts(content, false);
        return ImportResponse.of(done.result(), done.accounts().issued());
    }
}
