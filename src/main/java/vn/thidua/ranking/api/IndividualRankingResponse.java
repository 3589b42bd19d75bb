package vn.thidua.ranking.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.thidua.ranking.RankedSubject;

import java.math.BigDecimal;

/** API.md *Rankings*: one person in the individual ranking. */
record IndividualRankingResponse(int rank, Integer unitRank, long individualId, String code, String fullName,
                                 Long unitId, String unitName, BigDecimal total, String classification,
                                 boolean complete, @JsonProperty("final") boolean isFinal) {

    static IndividualRankingResponse from(RankedSubject row) {
        return new IndividualRankingResponse(row.rank(), row.unitRank(), row.subjectId(), row.code(), row.name(),
                row.unitId(), row.unitName(), row.total(), row.classification().name(), row.complete(),
                row.isFinal());
    }
}
