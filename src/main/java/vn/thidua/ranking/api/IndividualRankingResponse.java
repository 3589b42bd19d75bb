package vn.thidua.ranking.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.ranking.RankedSubject;

import java.math.BigDecimal;

/** API.md *Rankings*: one person in the individual ranking. */
record IndividualRankingResponse(int rank, Integer unitRank, long individualId, String code, String fullName,
                                 Long unitId, String unitName, BigDecimal total, String classification,
                                 boolean complete, @JsonProperty("final") boolean isFinal,
                                 @Schema(description = "code of the title the person registered for (a submitted or "
                                         + "approved pledge's target title), null when none is registered",
                                         nullable = true, example = "LDTT")
                                 String targetTitle) {

    static IndividualRankingResponse from(RankedSubject row) {
        return new IndividualRankingResponse(row.rank(), row.unitRank(), row.subjectId(), row.code(), row.name(),
                row.unitId(), row.unitName(), row.total(), row.classification().name(), row.complete(),
                row.isFinal(), row.targetTitle());
    }
}
