package vn.thidua.evaluation;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.Thresholds;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** {@code pledgeId}: the subject's pledge in the campaign, null when none (or not read, after a cell is saved). */
    public record Row(Long subjectId, String code, String name, String unitName, Long evaluationId,
                      EvaluationStatus status, long version, String changedBy, Map<Long, Cell> cells,
                      Scorecard review, Long pledgeId) {

        /** A row from an evaluation's stored scores: self beside review points per column, the review scorecard. */
        static Row of(Long subjectId, String code, String name, String unitName, Long evaluationId,
                      EvaluationStatus status, long version, String changedBy, List<Criterion> columns,
                      Map<Long, Score> scores, SubjectType type, Thresholds thresholds, Long pledgeId) {
            Map<Long, Cell> cells = new HashMap<>();
            List<Scorecard.Line> lines = new ArrayList<>();
            for (Criterion c : columns) {
                Score s = scores.get(c.getId());
                cells.put(c.getId(), new Cell(s == null ? null : s.selfPoints(), s == null ? null : s.reviewPoints()));
                lines.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.reviewPoints()));
            }
            return new Row(subjectId, code, name, unitName, evaluationId, status, version, changedBy, cells,
                    Scorecard.of(type, lines, thresholds), pledgeId);
        }

        public Cell cell(Long criterionId) {
            return cells.getOrDefault(criterionId, new Cell(null, null));
        }

        /** What the status column shows: "in review" until every criterion has review points. */
        public EvaluationState state() {
            return EvaluationState.of(status, review);
        }

        /** Not yet reviewed at all: the self-scores may be taken for the whole row. */
        public boolean unreviewed() {
            return !review.scored() && status != EvaluationStatus.FINALISED;
        }

        /** Some criterion has self points without review points: there is something to take. */
        public boolean selfToTake() {
            return status != EvaluationStatus.FINALISED && cells.values().stream()
                    .anyMatch(c -> c.selfPoints() != null && c.reviewPoints() == null);
        }

        public boolean finalised() {
            return status == EvaluationStatus.FINALISED;
        }

        /** Reviewed with every criterion scored: may be finalised. */
        public boolean complete() {
            return status == EvaluationStatus.REVIEWED && review.complete();
        }
    }

    /** The rows not reviewed yet whose self-scores may be taken at once. */
    public List<Row> unreviewedWithSelf() {
        return rows.stream().filter(r -> r.unreviewed() && r.selfToTake()).toList();
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalRows + size - 1) / size);
    }

}
