package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.security.CurrentUser;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which units a caller may act on as head: the units they head (active) and everything below
 * them. Read from the database on every check, so a change of head takes effect at once. The walks
 * are the SQL functions of migration V5 ({@code unit_subtree}, {@code units_headed_by},
 * {@code unit_ancestry}), which other modules' queries call too.
 */
@Component
public class UnitScope {

    private final JdbcClient jdbc;

    UnitScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units headed by this individual and their descendants; empty for anyone else. */
    public Set<Long> headedBy(Long individualId) {
        if (individualId == null) {
            return Set.of();
        }
        return ids(jdbc.sql("select unit_id from units_headed_by(:individual)").param("individual", individualId));
    }

    /** A unit and all units below it. */
    public Set<Long> subtree(Long unitId) {
        return ids(jdbc.sql("select unit_id from unit_subtree(:unit)").param("unit", unitId));
    }

    /** Several units and all units below them, in one statement. */
    public Set<Long> subtrees(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return ids(jdbc.sql("select s.unit_id from unit u cross join lateral unit_subtree(u.id) s where u.id in (:units)")
                .param("units", List.copyOf(unitIds)));
    }

    /** A unit and every unit above it, up to the top of the tree. */
    public Set<Long> ancestorsOf(Long unitId) {
        return ids(jdbc.sql("select unit_id from unit_ancestry(:unit)").param("unit", unitId));
    }

    /**
     * The caller's head scope, or empty when they head nothing. Decided by the unit table, not by
     * the roles captured at sign-in, so that a head set or removed during a session counts at once.
     */
    public Set<Long> of(CurrentUser user) {
        return headedBy(user.individualId());
    }

    /** May the caller see (read) this person? Everyone sees themself; heads their units; ADMIN/BOARD all. */
    public boolean canSee(CurrentUser user, Individual individual) {
        return user.readsEverything()
                || individual.getId().equals(user.individualId())
                || of(user).contains(individual.getUnitId());
    }

    public void checkCanSee(CurrentUser user, Individual individual) {
        if (!canSee(user, individual)) {
            throw new AccessDeniedException("individual " + individual.getId() + " is outside the caller's units");
        }
    }

    private static Set<Long> ids(JdbcClient.StatementSpec statement) {
        return new HashSet<>(statement.query(Long.class).list());
    }
}
