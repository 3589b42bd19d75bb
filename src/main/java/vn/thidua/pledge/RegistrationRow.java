package vn.thidua.pledge;

import java.time.Instant;

/** One person of a unit in the registration list: their pledge, or none yet ({@code pledgeId} null). */
public record RegistrationRow(Long individualId, String code, String fullName, String position, Long unitId,
                              String unitName, Long pledgeId, PledgeStatus status, String targetTitle,
                              Instant submittedAt, Long version) {

    public boolean registered() {
        return pledgeId != null;
    }
}
