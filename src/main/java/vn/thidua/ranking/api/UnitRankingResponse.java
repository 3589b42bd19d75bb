package vn.thidua.ranking.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.ranking.RankedSubject;

import java.math.BigDecimal;

/** API.md *Rankings*: one unit in the unit ranking; members are the active people of the unit and its sub-units. */
record UnitRankingResponse(int rank, long unitId, String code, String name, BigDecimal total, String classification,
                           boolean complete, @JsonProperty("final") boolean isFinal, int members, int membersScored,
                           @Schema(description = "code of the title the unit registered for (a submitted or approved "
                                   + "pledge's target title), null when none is registered", nullable = true,
                                   example = "TTLDTT")
                           String targetTitle) {

    static UnitRankingResponse from(RankedSubject row) {
        return new UnitRankingResponse(row.rank(), row.subjectId(), row.code(), row.name(), row.total(),
                row.classification().name(), row.complete(), row.isFinal(), row.members(), row.membersScored(),
                row.targetTitle());
    }
}
