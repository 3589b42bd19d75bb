package vn.thidua.evaluation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of evaluations, read and written with one statement each however many criteria a
 * campaign has (an upsert over arrays), so saving a row of the review grid costs a fixed number of
 * statements. The database copies the criterion's maximum into each row and refuses points above it.
 */
@Repository
class EvaluationScores {

    private static final String UPSERT = """
            insert into evaluation_score (evaluation_id, criterion_id, max_points, %1$s_points, %1$s_note)
            select ?, t.criterion, 0, t.points, t.note
            from unnest(?::bigint[], ?::numeric[], ?::varchar[]) as t(criterion, points, note)
            on conflict (evaluation_id, criterion_id)
            do update set %1$s_points = excluded.%1$s_points, %1$s_note = excluded.%1$s_note""";

    private static final String SELECT = """
            select evaluation_id, criterion_id, self_points, self_note, review_points, review_note
            from evaluation_score where evaluation_id = any(?)""";

    private final JdbcTemplate jdbc;

    EvaluationScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The scores of one evaluation by criterion id. */
    Map<Long, Score> of(Long evaluationId) {
        if (evaluationId == null) {
            return new HashMap<>();
        }
        return ofAll(List.of(evaluationId)).getOrDefault(evaluationId, new HashMap<>());
    }

    /** The scores of many evaluations (a page of the grid) in one query: evaluation id → criterion id → score. */
    Map<Long, Map<Long, Score>> ofAll(Collection<Long> evaluationIds) {
        Map<Long, Map<Long, Score>> result = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return result;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(SELECT);
            statement.setArray(1, connection.createArrayOf("bigint", evaluationIds.toArray()));
            return statement;
        }, row -> {
            result.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getLong(2), new Score(
                    row.getLong(2), row.getBigDecimal(3), row.getString(4), row.getBigDecimal(5), row.getString(6)));
        });
        return result;
    }

    void saveSelf(Long evaluationId, Collection<Points> points) {
        upsert("self", evaluationId, points);
    }

    void saveReview(Long evaluationId, Collection<Points> points) {
        upsert("review", evaluationId, points);
    }

    private void upsert(String column, Long evaluationId, Collection<Points> points) {
        if (points.isEmpty()) {
            return;
        }
        Long[] criteria = points.stream().map(Points::criterionId).toArray(Long[]::new);
        BigDecimal[] values = points.stream().map(Points::points).toArray(BigDecimal[]::new);
        String[] notes = points.stream().map(Points::note).toArray(String[]::new);
        jdbc.update(connection -> statement(connection, UPSERT.formatted(column), evaluationId, criteria, values,
                notes));
    }

    private static PreparedStatement statement(Connection connection, String sql, Long evaluationId, Long[] criteria,
                                               BigDecimal[] values, String[] notes) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, evaluationId);
        statement.setArray(2, connection.createArrayOf("bigint", criteria));
        statement.setArray(3, connection.createArrayOf("numeric", values));
        statement.setArray(4, connection.createArrayOf("varchar", notes));
        return statement;
    }

    /** What is stored for one criterion. */
    record Score(Long criterionId, BigDecimal selfPoints, String selfNote, BigDecimal reviewPoints,
                 String reviewNote) {
    }

    /** Points and note to store on one side (self or review) of one criterion. */
    record Points(Long criterionId, BigDecimal points, String note) {
    }
}
