package vn.thidua.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.audit.AuditLog;
import vn.thidua.shared.Texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins in the database (table {@code login_throttle}), so the limits hold across
 * application instances.
 * <ul>
 * <li>Per username and client address: after {@code app.security.max-failed-logins} wrong passwords in
 * a row, that address may not sign in as that username for {@code app.security.lock-duration}. The
 * lock applies to the address that failed: a stranger cannot lock someone out from elsewhere.</li>
 * <li>Per username over all addresses, slower: {@code app.security.max-failed-logins-per-username}
 * wrong passwords within {@code app.security.failed-logins-per-username-window} lock the username for
 * {@code app.security.username-lock-duration} wherever the attempts come from.</li>
 * </ul>
 * The username is counted as typed (stripped, lower-cased) whether or not an account has it, so an
 * unknown name gets exactly the answers a known one gets. An attempt is reserved under a row lock
 * before its password is checked ({@link #reserve}); while the attempts already in flight could
 * reach the limit, further ones wait for them, so parallel guesses never get more checks than the
 * limit. Every lock is audited with the address it came from.
 */
@Component
public class LoginThrottle {

    /** The client of the per-username row, which counts every address. */
    static final String ALL_ADDRESSES = "*";
    private static final int KEY_LENGTH = 64;
    /** An attempt that was reserved this long ago and never finished (its instance died) no longer counts. */
    private static final Duration STALE_PENDING = Duration.ofMinutes(2);
    private static final Duration MAX_WAIT = Duration.ofSeconds(20);
    /** Rows with no lock, untouched this long, are forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Where a lock applies: the address that failed, or every address. */
    public enum Scope { ADDRESS, USERNAME }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final int maxFailures;
    private final Duration lockFor;
    private final int maxPerUsername;
    private final Duration usernameWindow;
    private final Duration usernameLockFor;

    LoginThrottle(JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions,
                  @Value("${app.security.max-failed-logins:5}") int maxFailures,
                  @Value("${app.security.lock-duration:15m}") Duration lockFor,
                  @Value("${app.security.max-failed-logins-per-username:50}") int maxPerUsername,
                  @Value("${app.security.failed-logins-per-username-window:1h}") Duration usernameWindow,
                  @Value("${app.security.username-lock-duration:15m}") Duration usernameLockFor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.maxPerUsername = maxPerUsername;
        this.usernameWindow = usernameWindow;
        this.usernameLockFor = usernameLockFor;
    }

    public int maxFailures() {
        return maxFailures;
    }

    /**
     * Reserves one sign-in attempt for this username from this address, before its password is
     * checked; the caller reports how it ended. Refused with {@link AccountLockedException} while
     * either limit is reached.
     */
    public Attempt reserve(String typedUsername, String client) {
        String username = key(typedUsername);
        String address = client == null || client.isBlank() ? "unknown" : truncate(client.strip());
        long pause = 20;
        Instant giveUp = Instant.now().plus(MAX_WAIT);
        while (true) {
            Decision decision = transaction.execute(status -> tryReserve(username, address));
            if (decision instanceof Granted) {
                return new Attempt(username, address);
            }
            if (decision instanceof Locked locked) {
                throw new AccountLockedException(locked.until(), locked.scope());
            }
            // attempts in flight may reach the limit: wait for them, holding no connection
            if (Instant.now().isAfter(giveUp)) {
                throw new BadCredentialsException("too many sign-ins in flight");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BadCredentialsException("interrupted");
            }
            pause = Math.min(pause * 2, 200);
        }
    }

    /** One reserved attempt; exactly one of its methods is called when the password has been checked. */
    public final class Attempt {
        private final String username;
        private final String address;

        private Attempt(String username, String address) {
            this.username = username;
            this.address = address;
        }

        /** The right password: the count of this address starts again. */
        public void succeeded() {
            finish(username, address, Outcome.SUCCEEDED);
        }

        /** A wrong password (or an unknown username): counts, and may lock. */
        public void failed() {
            finish(username, address, Outcome.FAILED);
        }

        /** Ended otherwise (a disabled account with its right password, an error): counts nothing. */
        public void abandoned() {
            finish(username, address, Outcome.ABANDONED);
        }
    }

    /** The end of the latest lock on this username, for any address, if one is running. */
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from login_throttle where username = ? and locked_until > ?")
                .param(key(username)).param(Timestamp.from(Instant.now()))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list().stream().max(Instant::compareTo);
    }

    /** The running locks of these usernames, by lower-cased username (one query for a page of accounts). */
    public Map<String, Instant> lockedUntil(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> locks = new java.util.HashMap<>();
        jdbc.sql("""
                        select username, max(locked_until) as until from login_throttle
                        where username in (:names) and locked_until > :now group by username""")
                .param("names", usernames.stream().map(LoginThrottle::key).toList())
                .param("now", Timestamp.from(Instant.now()))
                .query((rs, n) -> Map.entry(rs.getString("username"), rs.getTimestamp("until").toInstant()))
                .list().forEach(entry -> locks.put(entry.getKey(), entry.getValue()));
        return locks;
    }

    /** Lifts every lock of this username and forgets its failures (an administrator's unlock, a new password). */
    public void clear(String username) {
        jdbc.sql("delete from login_throttle where username = ?").param(key(username)).update();
    }

    /** Forgets what no longer matters, so that guessed names do not pile up. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldRows() {
        Instant now = Instant.now();
        int deleted = jdbc.sql("""
                        delete from login_throttle
                        where updated_at < ? and pending = 0 and (locked_until is null or locked_until < ?)""")
                .param(Timestamp.from(now.minus(FORGET_AFTER))).param(Timestamp.from(now)).update();
        if (deleted > 0) {
            log.debug("Forgot {} old sign-in throttle rows", deleted);
        }
    }

    /** The name as sign-in looks it up: " Admin" must not dodge the count of "admin". */
    static String key(String typed) {
        String key = (typed == null ? "" : typed).strip().toLowerCase(Locale.ROOT);
        // PostgreSQL refuses U+0000 in text: a control character is counted as U+FFFD, a name of its own
        while (Texts.controlCharacter(key) >= 0) {
            key = key.replace((char) Texts.controlCharacter(key), '\uFFFD');
        }
        return truncate(key);
    }

    private static String truncate(String value) {
        return value.codePointCount(0, value.length()) <= KEY_LENGTH ? value
                : value.substring(0, value.offsetByCodePoints(0, KEY_LENGTH));
    }

    // --- in one short transaction each, under row locks -----------------------------------------

    private sealed interface Decision permits Granted, Busy, Locked {
    }

    private record Granted() implements Decision {
    }

    private record Busy() implements Decision {
    }

    private record Locked(Instant until, Scope scope) implements Decision {
    }

    private enum Outcome { SUCCEEDED, FAILED, ABANDONED }

    private Decision tryReserve(String username, String address) {
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into login_throttle (username, client, window_start, updated_at)
                        values (:u, :all, :now, :now), (:u, :client, :now, :now)
                        on conflict do nothing""")
                .param("u", username).param("all", ALL_ADDRESSES).param("client", address)
                .param("now", Timestamp.from(now)).update();
        Rows rows = lock(username, address, now);
        Row mine = rows.address();
        Row all = rows.all();
        Decision decision;
        if (mine.lockedAt(now)) {
            decision = new Locked(mine.lockedUntil, Scope.ADDRESS);
        } else if (all.lockedAt(now)) {
            decision = new Locked(all.lockedUntil, Scope.USERNAME);
        } else if (mine.failures >= maxFailures) {
            decision = new Locked(lockAddress(mine, now), Scope.ADDRESS);
        } else if (all.failures >= maxPerUsername) {
            decision = new Locked(lockUsername(all, address, now), Scope.USERNAME);
        } else if (mine.failures + mine.pending >= maxFailures || all.failures + all.pending >= maxPerUsername) {
            decision = new Busy();
        } else {
            mine.pending++;
            mine.pendingSince = now;
            all.pending++;
            all.pendingSince = now;
            decision = new Granted();
        }
        save(mine, now);
        save(all, now);
        return decision;
    }

    private void finish(String username, String address, Outcome outcome) {
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now();
            Rows rows = lock(username, address, now);
            if (rows == null) {
                return; // cleared by an administrator meanwhile
            }
            Row mine = rows.address();
            Row all = rows.all();
            mine.pending = Math.max(0, mine.pending - 1);
            all.pending = Math.max(0, all.pending - 1);
            if (outcome == Outcome.SUCCEEDED) {
                mine.failures = 0;
                mine.lockedUntil = null;
            } else if (outcome == Outcome.FAILED) {
                mine.failures++;
                all.failures++;
                if (mine.failures >= maxFailures && !mine.lockedAt(now)) {
                    lockAddress(mine, now);
                }
                if (all.failures >= maxPerUsername && !all.lockedAt(now)) {
                    lockUsername(all, address, now);
                }
            }
            save(mine, now);
            save(all, now);
        });
    }

    private record Rows(Row all, Row address) {
    }

    /** Both rows, locked in a fixed order (every address first), with what has run out reset. */
    private Rows lock(String username, String address, Instant now) {
        List<Row> rows = jdbc.sql("""
                        select username, client, failures, pending, pending_since, window_start, locked_until
                        from login_throttle where username = :u and client in (:all, :client)
                        order by client = :all desc
                        for update""")
                .param("u", username).param("all", ALL_ADDRESSES).param("client", address)
                .query(LoginThrottle::row).list();
        if (rows.size() != 2) {
            return null;
        }
        Row all = rows.get(0);
        Row mine = rows.get(1);
        for (Row row : rows) {
            if (row.pendingSince == null || row.pendingSince.isBefore(now.minus(STALE_PENDING))) {
                row.pending = 0;
            }
            if (row.lockedUntil != null && !row.lockedUntil.isAfter(now)) {
                // a lock that has run out starts the count again
                row.lockedUntil = null;
                row.failures = 0;
                row.windowStart = now;
            }
        }
        if (!all.windowStart.isAfter(now.minus(usernameWindow))) {
            all.failures = 0;
            all.windowStart = now;
        }
        return new Rows(all, mine);
    }

    private Instant lockAddress(Row row, Instant now) {
        row.lockedUntil = now.plus(lockFor);
        log.warn("Sign-in as {} from {} locked until {} after {} failures", row.username, row.client,
                row.lockedUntil, row.failures);
        record(row, row.client, Scope.ADDRESS, maxFailures + " failed sign-ins from " + row.client);
        return row.lockedUntil;
    }

    private Instant lockUsername(Row row, String address, Instant now) {
        row.lockedUntil = now.plus(usernameLockFor);
        log.warn("Sign-in as {} locked for every address until {} after {} failures within {}", row.username,
                row.lockedUntil, row.failures, usernameWindow);
        record(row, address, Scope.USERNAME, maxPerUsername + " failed sign-ins within " + usernameWindow);
        return row.lockedUntil;
    }

    private void record(Row row, String address, Scope scope, String reason) {
        Long accountId = jdbc.sql("select id from account where lower(username) = ?").param(row.username)
                .query(Long.class).optional().orElse(null);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("username", row.username);
        value.put("address", address);
        value.put("scope", scope.name());
        value.put("failedLogins", row.failures);
        value.put("lockedUntil", row.lockedUntil.toString());
        audit.record(AuditLog.entry("ACCOUNT", accountId, "LOCKED").actor(AuditLog.SYSTEM).newValue(value)
                .reason(reason));
    }

    private void save(Row row, Instant now) {
        jdbc.sql("""
                        update login_throttle
                        set failures = :failures, pending = :pending, pending_since = :pendingSince,
                            window_start = :windowStart, locked_until = :lockedUntil, updated_at = :now
                        where username = :u and client = :client""")
                .param("failures", row.failures).param("pending", row.pending)
                .param("pendingSince", timestamp(row.pendingSince)).param("windowStart", timestamp(row.windowStart))
                .param("lockedUntil", timestamp(row.lockedUntil)).param("now", Timestamp.from(now))
                .param("u", row.username).param("client", row.client).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Row row = new Row(rs.getString("username"), rs.getString("client"));
        row.failures = rs.getInt("failures");
        row.pending = rs.getInt("pending");
        row.pendingSince = instant(rs.getTimestamp("pending_since"));
        row.windowStart = instant(rs.getTimestamp("window_start"));
        row.lockedUntil = instant(rs.getTimestamp("locked_until"));
        return row;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final class Row {
        final String username;
        final String client;
        int failures;
        int pending;
        Instant pendingSince;
        Instant windowStart;
        Instant lockedUntil;

        Row(String username, String client) {
            this.username = username;
            this.client = client;
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
