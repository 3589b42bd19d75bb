package vn.thidua.evaluation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import vn.thidua.audit.AuditLog;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail of evaluations, in the shared append-only {@code audit_event} table (entity
 * {@code EVALUATION}). One save writes one event per changed score, all in one statement, so that
 * saving twelve criteria costs what saving one does; only inserts and reads, like {@link AuditLog}.
 * Read here (not through AuditQueries) because the subject and their heads may read their
 * evaluation's history, not only the board.
 */
@Repository
public class EvaluationTrail {

    static final String ENTITY = "EVALUATION";

    private static final String INSERT = """
            insert into audit_event (at, actor, entity, entity_id, campaign_id, action, old_value, new_value, reason)
            select ?, ?, 'EVALUATION', ?, ?, t.action, t.old_value, t.new_value, ?
            from unnest(?::varchar[], ?::text[], ?::text[]) with ordinality as t(action, old_value, new_value, n)
            order by t.n""";

    private final JdbcTemplate jdbc;

    EvaluationTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One change: e.g. REVIEW_SCORED, "C3: 12.00" → "C3: 14.50". */
    record Event(String action, String oldValue, String newValue) {
    }

    /** An event as the history shows it. */
    public record Entry(Instant at, String actor, String action, String oldValue, String newValue, String reason) {
    }

    void record(Long evaluationId, Long campaignId, String reason, List<Event> events) {
        record(evaluationId, campaignId, reason, events, currentActor());
    }

    void record(Long evaluationId, Long campaignId, String reason, List<Event> events, String actor) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT);
            statement.setTimestamp(1, Timestamp.from(Instant.now()));
            statement.setString(2, actor);
            statement.setLong(3, evaluationId);
            statement.setLong(4, campaignId);
            statement.setString(5, reason);
            statement.setArray(6, connection.createArrayOf("varchar",
                    events.stream().map(Event::action).toArray()));
            statement.setArray(7, connection.createArrayOf("text", events.stream().map(Event::oldValue).toArray()));
            statement.setArray(8, connection.createArrayOf("text", events.stream().map(Event::newValue).toArray()));
            return statement;
        });
    }

    /** Newest first. */
    List<Entry> history(Long evaluationId) {
        if (evaluationId == null) {
            return List.of();
        }
        return jdbc.query("""
                        select at, actor, action, old_value, new_value, reason from audit_event
                        where entity = 'EVALUATION' and entity_id = ? order by id desc""",
                (row, n) -> new Entry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)), evaluationId);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? AuditLog.SYSTEM : authentication.getName();
    }
}
