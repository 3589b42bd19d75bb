package vn.thidua.pledge;

import vn.thidua.organisation.SubjectType;

import java.time.Instant;

/** A pledge as lists show it, with its subject's code, name, unit and position. */
public record PledgeRow(Long id, Long campaignId, SubjectType subjectType, Long subjectId, String subjectCode,
                        String subjectName, Long unitId, String unitName, String position, String targetTitle,
                        PledgeStatus status, Instant submittedAt, Instant decidedAt, String decidedBy,
                        String returnReason, long version) {

    /** Submitted and waiting for the decision of its reviewer. */
    public boolean awaitsDecision() {
        return status == PledgeStatus.SUBMITTED;
    }
}
