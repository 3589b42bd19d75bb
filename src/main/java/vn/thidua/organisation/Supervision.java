package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Who decides about an individual: approves their pledge and reviews their evaluation (DESIGN §2–3).
 * The head of the individual's unit, or of any unit above it, supervises them, but nobody
 * supervises themself: a unit head's own pledge or evaluation goes to the head of a unit above.
 * Where no such head exists (the head of a top-level unit), the board (or an admin) decides.
 */
@Component
public class Supervision {

    private static final String HEAD_ABOVE = """
            with recursive up(id, parent_id, head_individual_id, active) as (
                select id, parent_id, head_individual_id, active from unit where id = :unit
                union all
                select u.id, u.parent_id, u.head_individual_id, u.active from unit u join up on u.id = up.parent_id
            )
            select exists(select 1 from up
                          where active and head_individual_id is not null and head_individual_id <> :individual)""";

    private final UnitScope unitScope;
    private final JdbcClient jdbc;

    Supervision(UnitScope unitScope, JdbcClient jdbc) {
        this.unitScope = unitScope;
        this.jdbc = jdbc;
    }

    /** Is the caller a head above this individual (and not the individual)? */
    public boolean supervises(CurrentUser user, Individual subject) {
        return !subject.getId().equals(user.individualId()) && unitScope.of(user).contains(subject.getUnitId());
    }

    /** Is there a head, other than the individual, of their unit or of a unit above it? */
    public boolean hasSupervisingHead(Individual subject) {
        return Boolean.TRUE.equals(jdbc.sql(HEAD_ABOVE)
                .param("unit", subject.getUnitId()).param("individual", subject.getId())
                .query(Boolean.class).single());
    }

    /** May the caller approve this individual's pledge or review their evaluation? */
    public boolean mayDecide(CurrentUser user, Individual subject) {
        if (supervises(user, subject)) {
            return true;
        }
        boolean board = user.has(Role.BOARD) || user.has(Role.ADMIN);
        return board && !subject.getId().equals(user.individualId()) && !hasSupervisingHead(subject);
    }
}
