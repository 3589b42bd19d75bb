package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;

/**
 * Who decides about an individual: approves their pledge and reviews their evaluation (DESIGN §2–3).
 * The head of the individual's unit, or of any unit above it, supervises them, but nobody
 * supervises themself: a unit head's own pledge or evaluation goes to the head of a unit above.
 * Where no such head exists (the head of a top-level unit), the board (or an admin) decides.
 * {@link #DECIDES_ABOUT} is the rule in SQL; lists (the review grid) and the check of one person
 * run the same text.
 */
@Component
public class Supervision {

    /** An active head, other than the person, of the person's unit or of a unit above it ({@code %1$s}: the individual). */
    private static final String HEAD_ABOVE = """
            exists (select 1 from unit_ancestry(%1$s.unit_id) a
                    where a.active and a.head_individual_id is not null and a.head_individual_id <> %1$s.id)""";

    /**
     * Does the caller ({@code :me}, their individual id or -1; {@code :board}, whether they act as
     * board) decide about the individual of alias {@code %1$s}? Format it with the alias.
     */
    public static final String DECIDES_ABOUT = """
            (%1$s.id <> :me and (%1$s.unit_id in (select unit_id from units_headed_by(:me))
                                 or (:board and not""" + " " + HEAD_ABOVE + ")))";

    private final JdbcClient jdbc;

    Supervision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Is there a head, other than the individual, of their unit or of a unit above it? */
    public boolean hasSupervisingHead(Individual subject) {
        return Boolean.TRUE.equals(jdbc.sql("select " + HEAD_ABOVE.formatted("i") + " from individual i where i.id = :id")
                .param("id", subject.getId()).query(Boolean.class).optional().orElse(false));
    }

    /** May the caller approve this individual's pledge or review their evaluation? One statement. */
    public boolean mayDecide(CurrentUser user, Long individualId) {
        return Boolean.TRUE.equals(jdbc.sql("select " + DECIDES_ABOUT.formatted("i") + " from individual i where i.id = :id")
                .param("me", me(user)).param("board", user.actsAsBoard()).param("id", individualId)
                .query(Boolean.class).optional().orElse(false));
    }

    public boolean mayDecide(CurrentUser user, Individual subject) {
        return mayDecide(user, subject.getId());
    }

    /** The caller's individual id as the SQL rules take it: -1 for an account that stands for nobody. */
    public static long me(CurrentUser user) {
        return user.individualId() == null ? -1L : user.individualId();
    }
}
