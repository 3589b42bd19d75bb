package vn.thidua.support;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.security.Account;
import vn.thidua.security.AccountRepository;
import vn.thidua.security.AccountUserDetailsService;
import vn.thidua.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data written straight through the repositories (no caller checks), each with a unique
 * code so tests never collide, and ways to act as a given account.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Mật khẩu thử 2020";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UnitRepository units;
    private final IndividualRepository individuals;
    private final AccountRepository accounts;
    private final AccountUserDetailsService userDetails;
    private final TransactionTemplate transaction;
    private final String passwordHash;

    Fixtures(UnitRepository units, IndividualRepository individuals, AccountRepository accounts,
             AccountUserDetailsService userDetails, TransactionTemplate transaction, PasswordEncoder encoder) {
        this.units = units;
        this.individuals = individuals;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.transaction = transaction;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** A code nobody else uses in this test run, e.g. {@code T17U}. */
    /** 01/01/2020 00:00 in Viet Nam. */
    public static final java.time.Instant IN_PLACE_SINCE = java.time.LocalDate.of(2020, 1, 1)
            .atStartOfDay(vn.thidua.shared.OfficeTime.ZONE).toInstant();

    public static String unique(String suffix) {
        return "T" + SEQUENCE.incrementAndGet() + suffix;
    }

    public Unit unit(String name) {
        return unit(name, null);
    }

    /**
     * Fixture units and people are in place since {@link #IN_PLACE_SINCE}, before every fixture
     * campaign (whose registration closes on 20/07/2020 at the earliest): they take part in the
     * campaigns of their units. Someone who joins today is made through the pages, the API or an
     * import, or with {@link #individualJoiningNow}.
     */
    public Unit unit(String name, Long parentId) {
        return transaction.execute(status -> {
            Unit unit = units.save(new Unit(unique("U"), name, parentId));
            units.recordAddedSince(List.of(unit.getId()), IN_PLACE_SINCE);
            return unit;
        });
    }

    public Individual individual(Long unitId, String fullName) {
        return transaction.execute(status -> {
            Individual person = individuals.save(new Individual(unique("P"), fullName, unitId, "Chuyên viên", null));
            individuals.recordJoinedUnitSince(List.of(person.getId()), IN_PLACE_SINCE);
            return person;
        });
    }

    /** A person who joins their unit now (the database stamps it): late for a campaign whose registration has closed. */
    public Individual individualJoiningNow(Long unitId, String fullName) {
        return transaction.execute(status -> individuals.save(
                new Individual(unique("P"), fullName, unitId, "Chuyên viên", null)));
    }

    /** Makes the person the head of the unit (they must belong to it). */
    public Unit head(Unit unit, Individual head) {
        return transaction.execute(status -> {
            Unit fresh = units.findById(unit.getId()).orElseThrow();
            fresh.setHeadIndividualId(head.getId());
            return fresh;
        });
    }

    /** An account with the fixture password; returns its username. */
    public String account(Long individualId, Role... roles) {
        String username = unique("user").toLowerCase();
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        transaction.executeWithoutResult(status -> accounts.save(new Account(username, passwordHash, set,
                individualId)));
        return username;
    }

    public String admin() {
        return account(null, Role.ADMIN);
    }

    public String board() {
        return account(null, Role.BOARD);
    }

    /** Acts as this account in a MockMvc request (loaded exactly as sign-in would load it). */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }

    /** Real HTTP Basic credentials, checked by the real password encoder. */
    public RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }

    /** A unit with a head and one staff member, all with accounts. */
    public Team team(String unitName) {
        Unit unit = unit(unitName);
        Individual head = individual(unit.getId(), "Trưởng " + unitName);
        Individual member = individual(unit.getId(), "Cán bộ " + unitName);
        Unit headed = head(unit, head);
        return new Team(headed, head, member, account(head.getId(), Role.STAFF), account(member.getId(), Role.STAFF));
    }

    public record Team(Unit unit, Individual head, Individual member, String headUser, String memberUser) {
    }
}
