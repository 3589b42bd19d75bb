package vn.thidua.evaluation;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One page of the review grid: the subjects the caller reviews (rows) × the criteria that apply
 * to them (columns), with self points beside review points, each row's total and classification.
 */
public record ReviewGrid(Campaign campaign, SubjectType subjectType, List<Criterion> criteria, List<Row> rows,
                         long totalRows, int page, int size, List<Unit> filterUnits, Long unitId, boolean editable,
                         boolean finalisable) {

    public record Cell(BigDecimal selfPoints, BigDecimal reviewPoints) {
    }

    public record Row(Long subjectId, String code, String name, String unitName, Long evaluationId,
                      EvaluationStatus status, long version, String changedBy, Map<Long, Cell> cells,
                      Scorecard review) {

        public Cell cell(Long criterionId) {
            return cells.getOrDefault(criterionId, new Cell(null, null));
        }

        public boolean finalised() {
            return status == EvaluationStatus.FINALISED;
        }

        /** Reviewed with every criterion scored: may be finalised. */
        public boolean complete() {
            return status == EvaluationStatus.REVIEWED && review.complete();
        }
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalRows + size - 1) / size);
    }

}
