package vn.thidua.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * After {@code app.security.max-failed-logins} wrong passwords for a username, further attempts
 * are refused for {@code app.security.lock-duration}. The counter lives in the account row, so it
 * holds across application instances; the lock is audited.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(AccountRepository accounts, AuditLog audit,
                  @Value("${app.security.max-failed-logins:5}") int maxFailures,
                  @Value("${app.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        // the same name sign-in looks up (AccountUserDetailsService strips it), or " admin" would dodge the count
        String username = event.getAuthentication().getName().strip();
        accounts.findByUsernameForUpdate(username).ifPresent(account -> {
            Instant now = Instant.now();
            if (account.registerFailure(now, maxFailures, lockFor)) {
                log.warn("Account {} locked until {} after {} failed sign-ins", account.getUsername(),
                        account.getLockedUntil(), maxFailures);
                audit.record(AuditLog.entry("ACCOUNT", account.getId(), "LOCKED")
                        .actor(AuditLog.SYSTEM)
                        .newValue(Map.of("lockedUntil", account.getLockedUntil().toString(),
                                "failedLogins", account.getFailedLogins()))
                        .reason(maxFailures + " failed sign-ins"));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && principal.failedLogins() > 0) {
            accounts.findById(principal.currentUser().accountId()).ifPresent(Account::unlock);
        }
    }

    public int maxFailures() {
        return maxFailures;
    }
}
