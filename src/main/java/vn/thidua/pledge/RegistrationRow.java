package vn.thidua.pledge;

import java.time.Instant;

/** One person of a unit in the registration list: their pledge, or none yet ({@code pledgeId} null). */
public record RegistrationRow(Long individualId, String code, String fullName, String position, Long unitId,
                              String unitName, Long pledgeId, PledgeStatus status, String targetTitle,
                              Instant submittedAt, Long version) {

    /** Has a pledge, in whatever status (a draft too). */
    public boolean hasPledge() {
        return pledgeId != null;
    }

    /** Submitted and waiting for a decision the viewer may take: nobody decides about their own pledge. */
    public boolean decidableBy(Long viewerIndividualId) {
        return status == PledgeStatus.SUBMITTED && !individualId.equals(viewerIndividualId);
    }
}
