package vn.thidua.evaluation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.evaluation.EvaluationView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** API.md: {subjectType, subjectId, status, scores, total, classification, complete, version} and more. */
record EvaluationResponse(Long id, Long campaignId, String subjectType, Long subjectId, String subjectCode,
                          String subjectName, String status, List<ScoreResponse> scores,
                          @Schema(description = "Σ review points of STANDARD + BONUS − PENALTY criteria that apply; "
                                  + "a missing review score counts 0; may be below 0 when penalties outweigh")
                          BigDecimal total,
                          @Schema(description = "EXCELLENT, GOOD, PASS or FAIL from the campaign thresholds (a total "
                                  + "equal to a threshold gets the higher class); null while no criterion has review "
                                  + "points yet (not scored is not FAIL)", nullable = true)
                          String classification,
                          @Schema(description = "every applicable criterion has review points")
                          boolean complete, BigDecimal selfTotal,
                          @Schema(description = "as classification, from the self points", nullable = true)
                          String selfClassification,
                          long version, OffsetDateTime submittedAt, OffsetDateTime finalisedAt,
                          List<EvaluationApiController.EvidenceResponse> evidence) {

    record ScoreResponse(Long criterionId, String code, String kind, BigDecimal maxPoints, BigDecimal selfPoints,
                         String selfNote, BigDecimal reviewPoints, String reviewNote) {
    }

    static EvaluationResponse from(EvaluationView v) {
        return new EvaluationResponse(v.id(), v.campaign().getId(), v.subjectType().name(), v.subjectId(),
                v.subjectCode(), v.subjectName(), v.status().name(),
                v.lines().stream().map(l -> new ScoreResponse(l.criterion().getId(), l.criterion().getCode(),
                        l.criterion().getKind().name(), l.criterion().getMaxPoints(), l.selfPoints(), l.selfNote(),
                        l.reviewPoints(), l.reviewNote())).toList(),
                v.review().total(), v.review().classification() == null ? null : v.review().classification().name(),
                v.review().complete(), v.self().total(),
                v.self().classification() == null ? null : v.self().classification().name(), v.version(),
                v.submittedAt() == null ? null : v.submittedAt().atOffset(ZoneOffset.UTC),
                v.finalisedAt() == null ? null : v.finalisedAt().atOffset(ZoneOffset.UTC),
                v.evidence().stream().map(e -> EvaluationApiController.EvidenceResponse.from(v.campaign().getId(), e))
                        .toList());
    }
}
