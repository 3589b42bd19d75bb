package vn.thidua.evaluation;

import java.time.Instant;

/** A link or a file supporting an evaluation (optionally one criterion of it); no content. */
public record EvidenceItem(Long id, Long evaluationId, Long criterionId, Kind kind, String url, String fileName,
                           String contentType, Long size, String uploadedBy, Instant uploadedAt) {

    public enum Kind { LINK, FILE }
}
