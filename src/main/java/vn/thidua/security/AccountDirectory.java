package vn.thidua.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.security.AccountHolders.Holder;
import vn.thidua.shared.Texts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the account pages read: the account list with each holder's name and code, in two queries
 * per page (the accounts, then their holders), and employee codes resolved to individuals.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private static final String ROW_SELECT = """
            select a.id, a.username, a.enabled, a.individual_id,
                   (select max(t.locked_until) from login_throttle t
                    where t.username = lower(a.username) and t.locked_until > now()) as locked_until,
                   (select string_agg(r.role, ',' order by r.role) from account_role r where r.account_id = a.id)
                       as roles
            from account a
            """;

    private final JdbcClient jdbc;
    private final AccountHolders holders;

    AccountDirectory(JdbcClient jdbc, AccountHolders holders) {
        this.jdbc = jdbc;
        this.holders = holders;
    }

    /** One line of the account list. */
    public record AccountRow(Long id, String username, List<Role> roles, boolean enabled, Instant lockedUntil,
                             Holder individual) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }

        /** The end of the lock in office time, or null when the account is not locked. */
        public String lockedUntilText() {
            return locked() ? LoginMessages.time(lockedUntil) : null;
        }
    }

    /** An account as its query reads it, before its holder is looked up. */
    private record AccountLine(Long id, String username, List<Role> roles, boolean enabled, Instant lockedUntil,
                               Long individualId) {

        AccountRow withHolder(Map<Long, Holder> holders) {
            return new AccountRow(id, username, roles, enabled, lockedUntil,
                    individualId == null ? null : holders.get(individualId));
        }
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
        List<AccountLine> lines = rows.query((rs, n) -> {
            Timestamp locked = rs.getTimestamp("locked_until");
            String roles = rs.getString("roles");
            return new AccountLine(rs.getLong("id"), rs.getString("username"),
                    roles == null ? List.of() : Arrays.stream(roles.split(",")).map(Role::valueOf).sorted().toList(),
                    rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(),
                    rs.getObject("individual_id", Long.class));
        }).list();
        Map<Long, Holder> holderById = holders.findAll(lines.stream().map(AccountLine::individualId)
                .filter(Objects::nonNull).toList());
        return new PageImpl<>(lines.stream().map(line -> line.withHolder(holderById)).toList(), pageable, total);
    }

    /** The individual with this employee code (upper-cased, as codes are stored). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Holder> individualByCode(String code) {
        String clean = Texts.code(code);
        if (clean == null) {
            return Optional.empty();
        }
        return holders.findByCode(clean);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Holder> individual(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return holders.find(id);
    }
}
