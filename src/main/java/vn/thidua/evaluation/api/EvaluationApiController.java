package vn.thidua.evaluation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import vn.thidua.evaluation.EvaluationReader;
import vn.thidua.evaluation.EvaluationTrail;
import vn.thidua.evaluation.EvidenceItem;
import vn.thidua.evaluation.EvidenceService;
import vn.thidua.evaluation.FinalisationService;
import vn.thidua.evaluation.ReviewService;
import vn.thidua.evaluation.ScoreInput;
import vn.thidua.evaluation.SelfAssessmentService;
import vn.thidua.evaluation.Subjects;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** API.md *Evaluations*, plus submitting the self-assessment, the history and the evidence. */
@RestController
@RequestMapping("/api/v1/campaigns/{id}/evaluations/{subjectType}/{subjectId}")
class EvaluationApiController {

    private final EvaluationReader evaluations;
    private final SelfAssessmentService selfAssessments;
    private final ReviewService reviews;
    private final FinalisationService finalisation;
    private final EvidenceService evidence;
    private final Uploads uploads;

    EvaluationApiController(EvaluationReader evaluations, SelfAssessmentService selfAssessments,
                            ReviewService reviews, FinalisationService finalisation, EvidenceService evidence,
                            Uploads uploads) {
        this.evaluations = evaluations;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.finalisation = finalisation;
        this.evidence = evidence;
        this.uploads = uploads;
    }

    @GetMapping
    EvaluationResponse get(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId) {
        return EvaluationResponse.from(evaluations.get(id, Subjects.type(subjectType), subjectId));
    }

    @PutMapping("/self")
    EvaluationResponse saveSelf(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                                @RequestBody ScoresRequest request) {
        return EvaluationResponse.from(selfAssessments.save(id, Subjects.type(subjectType), subjectId,
                request.version(), request.inputs()));
    }

    @PostMapping("/submit")
    EvaluationResponse submit(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                              @RequestBody VersionRequest request) {
        return EvaluationResponse.from(selfAssessments.submit(id, Subjects.type(subjectType), subjectId,
                request.version()));
    }

    @PutMapping("/review")
    EvaluationResponse saveReview(@PathVariable Long id, @PathVariable String subjectType,
                                  @PathVariable Long subjectId, @RequestBody ScoresRequest request) {
        return EvaluationResponse.from(reviews.save(id, Subjects.type(subjectType), subjectId,
                request.version(), request.inputs(), request.reason()));
    }

    @PostMapping("/finalise")
    EvaluationResponse finalise(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                                @RequestBody VersionRequest request) {
        return EvaluationResponse.from(finalisation.finalise(id, Subjects.type(subjectType), subjectId,
                request.version()));
    }

    @PostMapping("/reopen")
    EvaluationResponse reopen(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                              @RequestBody VersionRequest request) {
        return EvaluationResponse.from(finalisation.reopen(id, Subjects.type(subjectType), subjectId,
                request.version(), request.reason()));
    }

    @GetMapping("/history")
    List<HistoryResponse> history(@PathVariable Long id, @PathVariable String subjectType,
                                  @PathVariable Long subjectId) {
        return evaluations.history(id, Subjects.type(subjectType), subjectId).stream().map(HistoryResponse::from)
                .toList();
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceResponse addFile(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                             @RequestParam("file") MultipartFile file,
                             @RequestParam(required = false) Long criterionId) throws IOException {
        byte[] content = uploads.read(file);
        return EvidenceResponse.from(id, evidence.addFile(id, Subjects.type(subjectType), subjectId, criterionId,
                file.getOriginalFilename(), content));
    }

    @PostMapping(path = "/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceResponse addLink(@PathVariable Long id, @PathVariable String subjectType, @PathVariable Long subjectId,
                             @RequestBody LinkRequest request) {
        return EvidenceResponse.from(id, evidence.addLink(id, Subjects.type(subjectType), subjectId,
                request.criterionId(), request.url()));
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable String subjectType,
                                    @PathVariable Long subjectId, @PathVariable Long evidenceId) {
        EvidenceService.EvidenceFile file = evidence.download(id, Subjects.type(subjectType), subjectId,
                evidenceId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .body(file.content());
    }

    @DeleteMapping("/evidence/{evidenceId}")
    ResponseEntity<Void> deleteEvidence(@PathVariable Long id, @PathVariable String subjectType,
                                        @PathVariable Long subjectId, @PathVariable Long evidenceId) {
        evidence.delete(id, Subjects.type(subjectType), subjectId, evidenceId);
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code points} is read here, not by Jackson, so that "abc" or {@code true} is refused like an
     * out-of-range number: naming the criterion and its range (a JSON number, or a string of digits).
     */
    record ScoreRequest(Long criterionId,
                        @Schema(implementation = BigDecimal.class, types = {"number"}, example = "12.5",
                                description = "0..maxPoints, two decimals at most")
                        @JsonDeserialize(using = ExactPoints.class)
                        JsonNode points,
                        String note) {

        ScoreInput input() {
            if (points == null || points.isNull() || points.isMissingNode()) {
                return new ScoreInput(criterionId, null, note);
            }
            if (points.isNumber()) {
                return new ScoreInput(criterionId, points.decimalValue(), note);
            }
            if (points.isString()) {
                return ScoreInput.typed(criterionId, points.asString(), note);
            }
            return new ScoreInput(criterionId, null, note, points.toString());
        }
    }

    /**
     * A JSON number of points read exactly, not as a double: {@code 1e999} is a number far beyond the
     * range (not infinity, which no decimal holds), {@code 1e-999} has too many decimals (it is not 0).
     */
    static final class ExactPoints extends ValueDeserializer<JsonNode> {

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return context.getNodeFactory().numberNode(parser.getDecimalValue());
            }
            return context.readTree(parser);
        }
    }

    record ScoresRequest(Long version, List<ScoreRequest> scores, String reason) {
        List<ScoreInput> inputs() {
            return scores == null ? null : scores.stream().map(s -> s == null ? null : s.input()).toList();
        }
    }

    record VersionRequest(Long version, String reason) {
    }

    record LinkRequest(Long criterionId, String url) {
    }

    record HistoryResponse(OffsetDateTime at, String actor, String action, String oldValue, String newValue,
                           String reason) {
        static HistoryResponse from(EvaluationTrail.Entry e) {
            return new HistoryResponse(e.at().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.oldValue(),
                    e.newValue(), e.reason());
        }
    }

    record EvidenceResponse(Long id, Long criterionId, String kind, String url, String fileName, String contentType,
                            Long size, String uploadedBy, OffsetDateTime uploadedAt) {
        static EvidenceResponse from(Long campaignId, EvidenceItem e) {
            return new EvidenceResponse(e.id(), e.criterionId(), e.kind().name(), e.url(), e.fileName(),
                    e.contentType(), e.size(), e.uploadedBy(), e.uploadedAt().atOffset(ZoneOffset.UTC));
        }
    }
}
