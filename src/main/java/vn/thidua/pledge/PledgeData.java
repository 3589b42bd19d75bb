package vn.thidua.pledge;

import java.util.List;

/** What a pledge form or request carries; blank commitments are left out. */
public record PledgeData(String targetTitle, List<Commitment> commitments, String extraCommitments) {

    /** What is pledged on one criterion. */
    public record Commitment(Long criterionId, String text) {
    }
}
