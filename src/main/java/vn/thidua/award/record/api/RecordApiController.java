package vn.thidua.award.record.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.award.DisciplineForm;
import vn.thidua.award.InitiativeLevel;
import vn.thidua.award.Rating;
import vn.thidua.award.SubjectRecord;
import vn.thidua.award.record.RecordService;
import vn.thidua.award.record.TitleAwardImport;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Each person's and unit's record over the years (API.md "Titles, records and eligibility"): ADMIN
 * writes the facts of past years; the subject, its unit heads (of its unit or one above), the board
 * and admins read. The bodies carry no Bean Validation: the service refuses non-ADMIN writers (403)
 * before it looks at the fields (400, every bad field named).
 */
@Tag(name = "Records", description = "Title awards, year ratings, initiatives, disciplines: the facts the title "
        + "rules read, per subject and year")
@RestController
@RequestMapping("/api/v1")
class RecordApiController {

    private final RecordService records;
    private final TitleAwardImport imports;
    private final Uploads uploads;

    RecordApiController(RecordService records, TitleAwardImport imports, Uploads uploads) {
        this.records = records;
        this.imports = imports;
        this.uploads = uploads;
    }

    // Title awards ---------------------------------------------------------------------------

    record AwardRequest(
            @Schema(description = "INDIVIDUAL or COLLECTIVE") SubjectType subjectType,
            @Schema(description = "the individual's or unit's id") Long subjectId,
            @Schema(description = "a code of GET /api/v1/titles that fits the subject type (BOTH fits either)")
            String titleCode,
            @Schema(description = "1900–2100, not after this year") Integer year,
            @Schema(description = "số quyết định, optional, at most 64 characters") String decisionNumber,
            @Schema(description = "ngày quyết định, yyyy-MM-dd, optional, not after today") LocalDate decisionDate) {
    }

    @Operation(summary = "Record a title awarded to a person or a unit (ADMIN)",
            description = "For past years (before this product's decisions). Source MANUAL. Audited.")
    @ApiResponse(responseCode = "201", description = "`{id, subjectType, subjectId, titleCode, year, decisionNumber, "
            + "decisionDate, source}`")
    @ApiResponse(responseCode = "400", description = "`errors: [{field, message}]`: missing field, unknown subject, "
            + "unknown title, title for the other subject type, year outside 1900–2100 or in the future, decision "
            + "date in the future")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @ApiResponse(responseCode = "409", description = "The subject already has this title for this year (the detail "
            + "names its decision)")
    @PostMapping("/title-awards")
    @ResponseStatus(HttpStatus.CREATED)
    RecordService.Award award(@RequestBody AwardRequest request) {
        return records.award(new RecordService.AwardData(request.subjectType(), request.subjectId(),
                request.titleCode(), request.year(), request.decisionNumber(), request.decisionDate()));
    }

    @Operation(summary = "The titles awarded to one subject, latest year first",
            description = "Read by the subject itself, a head of its unit or of a unit above it, BOARD and ADMIN.")
    @ApiResponse(responseCode = "200", description = "`[{id, subjectType, subjectId, titleCode, year, decisionNumber, "
            + "decisionDate, source: IMPORT|MANUAL|DECISION}]`")
    @ApiResponse(responseCode = "403", description = "The subject is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such individual or unit")
    @GetMapping("/title-awards")
    List<RecordService.Award> awards(@RequestParam SubjectType subjectType, @RequestParam Long subjectId,
                                     @Parameter(description = "only this year") @RequestParam(required = false)
                                     Integer year) {
        return records.awards(subjectType, subjectId, year);
    }

    @Operation(summary = "Import titles of past years from CSV (UTF-8) or XLSX (ADMIN)",
            description = "Columns subjectType (INDIVIDUAL/COLLECTIVE, or Cá nhân/Tập thể), subjectCode (the "
                    + "individual's or unit's code), titleCode (a code or a title's Vietnamese name), year, "
                    + "decisionNumber, decisionDate (yyyy-MM-dd or dd/MM/yyyy), in any order; Vietnamese headers "
                    + "(Loại đối tượng or Đối tượng, Mã, Mã danh hiệu or Danh hiệu, Năm, Số quyết định, Ngày quyết "
                    + "định) with or without diacritics, in any case. The header is the first non-empty row; row "
                    + "numbers in errors are the file's own. All or nothing; a row already recorded with the same "
                    + "decision is unchanged, so importing a file again changes nothing.")
    @ApiResponse(responseCode = "200", description = "`{created, unchanged}`")
    @ApiResponse(responseCode = "400", description = "`errors: [{row, field, message}]`, nothing imported: unknown "
            + "code or title, title for the other subject type, the same award twice in the file, year in the "
            + "future, bad date, the award already recorded with another decision")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @ApiResponse(responseCode = "413", description = "File too large")
    @ApiResponse(responseCode = "415", description = "Neither XLSX nor UTF-8 text")
    @PostMapping(path = "/imports/title-awards", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TitleAwardImport.Result importAwards(@RequestParam("file") MultipartFile file) throws IOException {
        return imports.importFile(uploads.read(file));
    }

    // Year ratings ---------------------------------------------------------------------------

    record YearRatingRequest(SubjectType subjectType, Long subjectId, Integer year,
                             @Schema(description = "EXCELLENT | GOOD | PASS | FAIL") Rating rating) {
    }

    @Operation(summary = "Enter the year rating of a person or a unit (ADMIN)",
            description = "For years without a regular campaign. A year whose CLOSED REGULAR campaign classified "
                    + "the subject takes that classification: the same rating is answered with source CAMPAIGN "
                    + "(nothing written), another one is refused. Audited.")
    @ApiResponse(responseCode = "200", description = "`{subjectType, subjectId, year, rating, source: "
            + "MANUAL|CAMPAIGN, campaignCode}`")
    @ApiResponse(responseCode = "400", description = "`errors: [{field, message}]`")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @ApiResponse(responseCode = "409", description = "The year's regular campaign classified the subject otherwise "
            + "(the detail names the campaign and its classification)")
    @PutMapping("/year-ratings")
    RecordService.YearRating rate(@RequestBody YearRatingRequest request) {
        return records.rate(request.subjectType(), request.subjectId(), request.year(), request.rating());
    }

    // Initiatives and disciplines ------------------------------------------------------------

    record InitiativeRequest(String title,
                             @Schema(description = "the authors, at least one") List<Long> individualIds,
                             @Schema(description = "BASE | MINISTRY | NATIONAL") InitiativeLevel level,
                             Integer year, String decisionNumber, LocalDate decisionDate) {
    }

    @Operation(summary = "Record an initiative or research work recognised at a level (ADMIN)",
            description = "Sáng kiến, đề tài: its authors, recognition level, year and decision. Audited.")
    @ApiResponse(responseCode = "201", description = "`{id, title, level, year, decisionNumber, decisionDate, "
            + "authorIds}`")
    @ApiResponse(responseCode = "400", description = "`errors: [{field, message}]`")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @PostMapping("/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    SubjectRecord.Initiative initiative(@RequestBody InitiativeRequest request) {
        return records.initiative(new RecordService.InitiativeData(request.title(), request.individualIds(),
                request.level(), request.year(), request.decisionNumber(), request.decisionDate()));
    }

    record DisciplineRequest(Long individualId,
                             @Schema(description = "REPRIMAND (khiển trách) | WARNING (cảnh cáo) | SALARY_REDUCTION "
                                     + "(hạ bậc lương) | DEMOTION (giáng chức) | REMOVAL (cách chức) | DISMISSAL "
                                     + "(buộc thôi việc)") DisciplineForm form,
                             @Schema(description = "yyyy-MM-dd") LocalDate from,
                             @Schema(description = "yyyy-MM-dd, optional (still running), not before from")
                             LocalDate to,
                             String reason) {
    }

    @Operation(summary = "Record a discipline of a person (ADMIN)", description = "Audited.")
    @ApiResponse(responseCode = "201", description = "`{id, form, from, to, reason}`")
    @ApiResponse(responseCode = "400", description = "`errors: [{field, message}]`")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @PostMapping("/disciplines")
    @ResponseStatus(HttpStatus.CREATED)
    SubjectRecord.Discipline discipline(@RequestBody DisciplineRequest request) {
        return records.discipline(new RecordService.DisciplineData(request.individualId(), request.form(),
                request.from(), request.to(), request.reason()));
    }

    // Records --------------------------------------------------------------------------------

    @Operation(summary = "A person's record over the years (hồ sơ thi đua), latest year first",
            description = "Read by the person, a head of their unit or of a unit above it, BOARD and ADMIN.")
    @ApiResponse(responseCode = "200", description = RecordResponse.DESCRIPTION)
    @ApiResponse(responseCode = "403", description = "The person is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such individual")
    @GetMapping("/individuals/{id}/record")
    RecordResponse individual(@PathVariable Long id) {
        return RecordResponse.from(records.of(SubjectType.INDIVIDUAL, id));
    }

    @Operation(summary = "A unit's record over the years, latest year first",
            description = "Read by the unit's head, a head of a unit above it, BOARD and ADMIN.")
    @ApiResponse(responseCode = "200", description = RecordResponse.DESCRIPTION)
    @ApiResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    @ApiResponse(responseCode = "404", description = "No such unit")
    @GetMapping("/units/{id}/record")
    RecordResponse unit(@PathVariable Long id) {
        return RecordResponse.from(records.of(SubjectType.COLLECTIVE, id));
    }
}
