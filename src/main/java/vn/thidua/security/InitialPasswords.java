package vn.thidua.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts for people who have none, each with a one-time initial password that must be changed at
 * the first sign-in: username = the employee code, roles STAFF (and UNIT_HEAD for heads). People who
 * have an account keep it untouched; a username that another account already has is reported, never
 * overwritten.
 *
 * <p>The passwords are random (16 letters and digits from an alphabet without look-alikes, about
 * 92 bits), so they need no slow hash to resist guessing: they are hashed with PBKDF2 at
 * {@value #ITERATIONS} iterations (a thousand accounts in a few seconds rather than minutes at the
 * slow setting). The password the person chooses next is hashed at the normal, slow setting.
 */
@Service
public class InitialPasswords {

    static final String HASH_ID = "pbkdf2-initial";
    static final int ITERATIONS = 4096;

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,64}$");
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int SLICE = 1000;

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder hashing = hashing();

    InitialPasswords(AccountRepository accounts, JdbcClient jdbc, AuditLog audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The hash of initial passwords, also known to the sign-in's password encoder under {@link #HASH_ID}. */
    static PasswordEncoder hashing() {
        return new Pbkdf2PasswordEncoder("", 16, ITERATIONS, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    /** A person who may get an account: codes as stored (trimmed, upper case). */
    public record Person(Long individualId, String code, String fullName, boolean head) {
    }

    /** An account made, with its password in clear: shown once, never stored as such. */
    public record Issued(String username, String individualCode, String fullName, Set<Role> roles, String password) {

        @Override
        public String toString() {
            return "Issued[" + username + "]";
        }
    }

    /** A person who got no account: the username is taken by another account, or is not a valid one. */
    public record Skipped(String username, Reason reason) {
        public enum Reason { TAKEN, INVALID }
    }

    public record Batch(List<Issued> issued, List<Skipped> skipped) {

        public List<String> usernames(Skipped.Reason reason) {
            return skipped.stream().filter(s -> s.reason() == reason).map(Skipped::username).toList();
        }
    }

    /** Accounts for those of {@code people} who have none, in their order. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Batch createFor(Collection<Person> people) {
        Set<Long> withAccount = existing("select individual_id from account where individual_id in (:v)",
                people.stream().map(Person::individualId).toList(), Long.class);
        List<Person> without = people.stream().filter(p -> !withAccount.contains(p.individualId())).toList();
        Set<String> taken = existing("select lower(username) from account where lower(username) in (:v)",
                without.stream().map(p -> p.code().toLowerCase(Locale.ROOT)).toList(), String.class);
        List<Issued> issued = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Person person : without) {
            String username = person.code();
            if (!USERNAME.matcher(username).matches()) {
                skipped.add(new Skipped(username, Skipped.Reason.INVALID));
                continue;
            }
            if (taken.contains(username.toLowerCase(Locale.ROOT))) {
                skipped.add(new Skipped(username, Skipped.Reason.TAKEN));
                continue;
            }
            Set<Role> roles = person.head() ? EnumSet.of(Role.STAFF, Role.UNIT_HEAD) : EnumSet.of(Role.STAFF);
            String password = newPassword();
            Account account = new Account(username, null, roles, person.individualId());
            account.setInitialPasswordHash("{" + HASH_ID + "}" + hashing.encode(password));
            account = accounts.save(account);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("username", username);
            values.put("roles", roles);
            values.put("individualId", String.valueOf(person.individualId()));
            values.put("initialPassword", true);
            audit.record(AuditLog.entry("ACCOUNT", account.getId(), "CREATED").newValue(values));
            issued.add(new Issued(username, person.code(), person.fullName(), roles, password));
        }
        return new Batch(List.copyOf(issued), List.copyOf(skipped));
    }

    /** "abcd-efgh-jkmn-pqrs": 16 random characters in groups of four, easy to read out and type. */
    String newPassword() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    private <T> Set<T> existing(String sql, List<?> values, Class<T> type) {
        Set<T> found = new HashSet<>();
        for (int from = 0; from < values.size(); from += SLICE) {
            found.addAll(jdbc.sql(sql).param("v", values.subList(from, Math.min(values.size(), from + SLICE)))
                    .query(type).list());
        }
        return found;
    }
}
