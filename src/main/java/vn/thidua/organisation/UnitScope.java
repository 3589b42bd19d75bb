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
 * them. Read from the database on every check, so a change of head takes effect at once.
 */
@Component
public class UnitScope {

    private static final String SUBTREE = """
            with recursive subtree(id) as (
                select id from unit where %s
                union
                select u.id from unit u join subtree s on u.parent_id = s.id
            )
            select id from subtree""";

    private static final String ANCESTORS = """
            with recursive up(id, parent_id) as (
                select id, parent_id from unit where id = :unit
                union
                select u.id, u.parent_id from unit u join up on u.id = up.parent_id
            )
            select id from up""";

    private final JdbcClient jdbc;

    UnitScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units headed by this individual and their descendants; empty for anyone else. */
    public Set<Long> headedBy(Long individualId) {
        if (individualId == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(SUBTREE.formatted("head_individual_id = :individual and active"))
                .param("individual", individualId).query(Long.class).list());
    }

    /** A unit and all units below it. */
    public Set<Long> subtree(Long unitId) {
        return new HashSet<>(jdbc.sql(SUBTREE.formatted("id = :unit"))
                .param("unit", unitId).query(Long.class).list());
    }

    /** Several units and all units below them, in one statement. */
    public Set<Long> subtrees(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(SUBTREE.formatted("id in (:units)"))
                .param("units", List.copyOf(unitIds)).query(Long.class).list());
    }

    /** A unit and every unit above it, up to the top of the tree. */
    public Set<Long> ancestorsOf(Long unitId) {
        return new HashSet<>(jdbc.sql(ANCESTORS).param("unit", unitId).query(Long.class).list());
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
}
