package vn.thidua.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.Texts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the account pages read: the account list with each linked person's name and code, in one
 * query per page, and employee codes resolved to individuals. Reads the organisation's tables
 * directly (as sign-in does) so that security does not depend on the organisation feature.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private static final String ROW_SELECT = """
            select a.id, a.username, a.enabled, a.locked_until, a.individual_id, i.code, i.full_name,
                   (select string_agg(r.role, ',' order by r.role) from account_role r where r.account_id = a.id)
                       as roles
            from account a left join individual i on i.id = a.individual_id
            """;

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the account list. */
    public record AccountRow(Long id, String username, List<Role> roles, boolean enabled, Instant lockedUntil,
                             LinkedIndividual individual) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }

        /** The end of the lock in office time, or null when the account is not locked. */
        public String lockedUntilText() {
            return locked() ? LoginMessages.time(lockedUntil) : null;
        }
    }

    public record LinkedIndividual(Long id, String code, String fullName) {
    }

    /** Accounts whose username contains the query (case-insensitive), by username. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountRow> search(String query, Pageable pageable) {
        String q = Texts.clean(query);
        String where = q == null ? "" : "where lower(a.username) like :q escape '\\'\n";
        String pattern = q == null ? null : Texts.likeContains(q.toLowerCase());
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from account a " + where);
        JdbcClient.StatementSpec rows = jdbc.sql(ROW_SELECT + where
                        + "order by lower(a.username), a.id limit :limit offset :offset")
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        if (pattern != null) {
            count = count.param("q", pattern);
            rows = rows.param("q", pattern);
        }
        long total = count.query(Long.class).single();
        List<AccountRow> content = rows.query((rs, n) -> {
            Timestamp locked = rs.getTimestamp("locked_until");
            long individualId = rs.getLong("individual_id");
            LinkedIndividual individual = rs.wasNull() ? null
                    : new LinkedIndividual(individualId, rs.getString("code"), rs.getString("full_name"));
            String roles = rs.getString("roles");
            return new AccountRow(rs.getLong("id"), rs.getString("username"),
                    roles == null ? List.of() : Arrays.stream(roles.split(",")).map(Role::valueOf).sorted().toList(),
                    rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(), individual);
        }).list();
        return new PageImpl<>(content, pageable, total);
    }

    /** The individual with this employee code (upper-cased, as codes are stored). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<LinkedIndividual> individualByCode(String code) {
        String clean = Texts.code(code);
        if (clean == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, code, full_name from individual where code = ?").param(clean)
                .query((rs, n) -> new LinkedIndividual(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<LinkedIndividual> individual(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, code, full_name from individual where id = ?").param(id)
                .query((rs, n) -> new LinkedIndividual(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
