package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.security.InitialPasswordLists;
import vn.thidua.security.InitialPasswordLists.Ticket;
import vn.thidua.security.InitialPasswords;
import vn.thidua.security.InitialPasswords.Batch;
import vn.thidua.security.InitialPasswords.Issued;
import vn.thidua.security.InitialPasswords.Person;
import vn.thidua.security.InitialPasswords.Skipped;
import vn.thidua.shared.NotFoundException;

import java.util.Collection;
import java.util.List;

/**
 * Accounts for the active people who have none: of a unit and its sub-units ("accounts for
 * everyone without one"), or of the people an import names. Username = employee code, roles STAFF
 * (and UNIT_HEAD for the head of an active unit), a one-time initial password. Existing accounts
 * are left as they are; a username already taken is reported.
 */
@Service
public class OrganisationAccounts {

    private static final String PEOPLE = """
            select i.id, i.code, i.full_name,
                   exists (select 1 from unit u where u.head_individual_id = i.id and u.active) as head
            from individual i
            where i.active and\s""";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final InitialPasswords passwords;
    private final InitialPasswordLists lists;

    OrganisationAccounts(JdbcClient jdbc, UnitRepository units, InitialPasswords passwords,
                         InitialPasswordLists lists) {
        this.jdbc = jdbc;
        this.units = units;
        this.passwords = passwords;
        this.lists = lists;
    }

    /**
     * What was made: counts and the people left without an account, and either the passwords
     * themselves ({@code issued}, for an API answer) or the ticket of their one-time list (for a page).
     */
    public record NewAccounts(int created, List<String> usernamesTaken, List<String> usernamesInvalid,
                              List<Issued> issued, Ticket ticket) {

        static NewAccounts of(Batch batch, boolean toDownload, InitialPasswordLists lists) {
            Ticket ticket = toDownload && !batch.issued().isEmpty() ? lists.store(batch.issued()) : null;
            return new NewAccounts(batch.issued().size(), batch.usernames(Skipped.Reason.TAKEN),
                    batch.usernames(Skipped.Reason.INVALID), toDownload ? List.of() : batch.issued(), ticket);
        }
    }

    /** For the people of the unit and its sub-units; {@code toDownload}: keep the passwords as a one-time list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccounts forUnit(Long unitId, boolean toDownload) {
        if (!units.existsById(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        List<Person> people = jdbc.sql(PEOPLE + "i.unit_id in (select unit_id from unit_subtree(?)) order by i.code")
                .param(unitId).query((rs, n) -> new Person(rs.getLong("id"), rs.getString("code"),
                        rs.getString("full_name"), rs.getBoolean("head"))).list();
        return NewAccounts.of(passwords.createFor(people), toDownload, lists);
    }

    /** For the people with these codes (an import's), in the caller's transaction. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NewAccounts forCodes(Collection<String> codes, boolean toDownload) {
        List<Person> people = jdbc.sql(PEOPLE + "i.code = any(?) order by i.code")
                .param(codes.toArray(String[]::new)).query((rs, n) -> new Person(rs.getLong("id"),
                        rs.getString("code"), rs.getString("full_name"), rs.getBoolean("head"))).list();
        return NewAccounts.of(passwords.createFor(people), toDownload, lists);
    }
}
